export * from './shared/index.js';
export * from './units/index.js';
export * from './accounts/index.js';
export * from './indicators/index.js';
export * from './task-lists/index.js';
export * from './tasks/index.js';
export * from './inspections/index.js';
export * from './findings/index.js';
