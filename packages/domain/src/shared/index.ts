export * from './actor.js';
export * from './domain-error.js';
export * from './system-actor.js';
export * from './validation.js';
export * from './evidence.js';
