export * from './task-list.events.js';
export * from './task-list.commands.js';
export * from './task-list.stream.js';
export * from './task-list.state.js';
export * from './task-list.access.js';
export * from './task-list.decide.js';
export * from './assert-area-in-list.js';
export * from './task-sheet-headers.zh-CN.js';
