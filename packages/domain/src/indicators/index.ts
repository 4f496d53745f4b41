export * from './indicator.types.js';
