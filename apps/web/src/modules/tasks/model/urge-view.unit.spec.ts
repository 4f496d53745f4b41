import { describe, expect, it } from 'vitest';
import { isAutomaticUrge, newestUrgesFirst, urgeReason } from './urge-view.js';

describe('urge reasons in words', () => {
  it('reads the OVERDUE threshold as past the deadline', () => {
    expect(urgeReason({ mode: 'AUTOMATIC', threshold: 'OVERDUE', urgedAt: '2024-07-01T00:00:00Z' })).toEqual({
      key: 'tasks.urges.reasons.overdue',
    });
  });

  it('reads DUE_IN_<n>_DAYS as due in n days', () => {
    expect(
      urgeReason({ mode: 'AUTOMATIC', threshold: 'DUE_IN_3_DAYS', urgedAt: '2024-07-01T00:00:00Z' }),
    ).toEqual({ key: 'tasks.urges.reasons.dueIn', params: { days: 3 } });
  });

  it('never passes an unknown threshold code through as text', () => {
    expect(
      urgeReason({ mode: 'AUTOMATIC', threshold: 'SOMETHING', urgedAt: '2024-07-01T00:00:00Z' })?.key,
    ).toBe('tasks.urges.reasons.unknown');
  });

  it('has no threshold reason for the office’s own urges, and tells them from automatic ones', () => {
    const manual = { mode: 'MANUAL', threshold: null, message: '请抓紧', urgedAt: '2024-07-01T00:00:00Z' };
    expect(urgeReason(manual)).toBeNull();
    expect(isAutomaticUrge(manual)).toBe(false);
    expect(isAutomaticUrge({ mode: 'AUTOMATIC', threshold: 'OVERDUE', urgedAt: '' })).toBe(true);
  });

  it('orders urges newest first', () => {
    const urges = [
      { mode: 'MANUAL', urgedAt: '2024-05-01T00:00:00Z' },
      { mode: 'MANUAL', urgedAt: '2024-06-01T00:00:00Z' },
    ];
    expect(newestUrgesFirst(urges).map((u) => u.urgedAt)).toEqual([
      '2024-06-01T00:00:00Z',
      '2024-05-01T00:00:00Z',
    ]);
  });
});
