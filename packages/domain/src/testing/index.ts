export * from './generated-history.js';
export * from '../shared/testing/actors.js';
