import { describe, expect, it } from 'vitest';
import { deadlineThresholdPolicy } from './deadline-threshold-policy.js';

const at = (iso: string) => new Date(iso);
// 2030-06-10 ends at 2030-06-10T16:00Z (midnight in the district, UTC+8).
const task = (sent: string[] = []) => ({ id: 't', deadline: '2030-06-10', sent });

describe('deadlineThresholdPolicy', () => {
  const policy = deadlineThresholdPolicy(3);

  it('asks for nothing while the deadline is further away than the early threshold', () => {
    expect(policy(task(), at('2030-06-07T15:59:59.000Z'))).toBeNull();
  });

  it('asks for the early urge from n days before the deadline ends, once', () => {
    expect(policy(task(), at('2030-06-07T16:00:00.000Z'))).toBe('DUE_IN_3_DAYS');
    expect(policy(task(['DUE_IN_3_DAYS']), at('2030-06-09T00:00:00.000Z'))).toBeNull();
  });

  it('asks for the overdue urge once the deadline day has ended, and only that one', () => {
    expect(policy(task(), at('2030-06-10T16:00:00.000Z'))).toBe('OVERDUE');
    expect(policy(task(['OVERDUE']), at('2030-07-01T00:00:00.000Z'))).toBeNull();
  });

  it('sends no early urge when the configured number of days is zero', () => {
    expect(deadlineThresholdPolicy(0)(task(), at('2030-06-10T12:00:00.000Z'))).toBeNull();
  });
});
