export * from './figure-inputs.js';
export * from './finding-attribution.js';
export * from './task-figures.js';
export * from './progress-tally.js';
export * from './of-task-record.js';
