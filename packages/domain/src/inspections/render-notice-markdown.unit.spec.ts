import { describe, expect, it } from 'vitest';
import { chineseOrdinal } from './render-notice-markdown.js';

describe('chineseOrdinal', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [17, '十七'],
    [20, '二十'],
    [45, '四十五'],
  ])('writes %i as %s', (n, text) => {
    expect(chineseOrdinal(n)).toBe(text);
  });
});
