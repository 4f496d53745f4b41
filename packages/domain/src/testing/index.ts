export * from './generated-history.js';
export * from '../shared/testing/actors.js';
export * from './history-plans.js';
