export * from './user.events.js';
export * from './user.commands.js';
export * from './user.stream.js';
