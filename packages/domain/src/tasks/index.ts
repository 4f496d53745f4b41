export * from './task.events.js';
export * from './task.commands.js';
export * from './task.stream.js';
