export * from './finding.values.js';
export * from './finding.events.js';
export * from './finding.commands.js';
export * from './finding.stream.js';
