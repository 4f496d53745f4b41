export * from './indicator.types.js';
export * from './validate-indicator-set.js';
export * from './validate-figures.js';
export * from './check-figures.js';
export * from './derive-rates.js';
export * from './assert-figures-consistent.js';
export * from './indicator-kind.js';
export * from './indicator-bounds.js';
