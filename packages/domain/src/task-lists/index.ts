export * from './task-list.events.js';
export * from './task-list.commands.js';
export * from './task-list.stream.js';
