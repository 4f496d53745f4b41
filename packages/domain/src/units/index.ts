export * from './unit.events.js';
export * from './unit.commands.js';
export * from './unit.stream.js';
export * from './unit.state.js';
export * from './unit.access.js';
export * from './unit.decide.js';
export * from './assert-unit-assignable.js';
