export * from './inspection.values.js';
export * from './inspection.events.js';
export * from './inspection.commands.js';
export * from './inspection.stream.js';
