export * from './user.events.js';
export * from './user.commands.js';
export * from './user.stream.js';
export * from './user.state.js';
export * from './user.access.js';
export * from './user.decide.js';
export * from './assert-officer-unit.js';
