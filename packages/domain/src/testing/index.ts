export * from './generated-history.js';
export * from '../shared/testing/actors.js';
export * from './history-plans.js';
export * as changjiang2024 from './changjiang-2024.history.js';
