import { describe, expect, it } from 'vitest';
import { endOfDayIso, formatPercent } from './format.js';

describe('display formats', () => {
  it('shows a rate with one decimal and a dash when there is none', () => {
    expect(formatPercent(91.2)).toBe('91.2%');
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatPercent(null)).toBe('—');
  });

  it('reads "as of a date" as the last moment of that day in local time', () => {
    const instant = new Date(endOfDayIso('2024-06-30'));
    expect([instant.getFullYear(), instant.getMonth(), instant.getDate()]).toEqual([2024, 5, 30]);
    expect([instant.getHours(), instant.getMinutes(), instant.getSeconds()]).toEqual([23, 59, 59]);
  });
});
