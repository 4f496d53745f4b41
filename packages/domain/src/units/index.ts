export * from './unit.events.js';
export * from './unit.commands.js';
export * from './unit.stream.js';
