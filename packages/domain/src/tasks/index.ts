export * from './task.events.js';
export * from './task.commands.js';
export * from './task.stream.js';
export * from './task.state.js';
export * from './task.deadline.js';
export * from './task.access.js';
export * from './task.decide.js';
