export * from './actor.js';
export * from './domain-error.js';
