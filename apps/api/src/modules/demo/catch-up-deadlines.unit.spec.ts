import { describe, expect, it } from 'vitest';
import { catchUpDeadlines } from './catch-up-deadlines.js';
import type { DeadlineStanding } from './catch-up-deadlines.js';

/** One subject whose standing follows the reminders sent to it, as its stream would. */
function subject(initial: DeadlineStanding) {
  const sent: { threshold: string; at: string }[] = [];
  let standing = { ...initial };
  return {
    sent,
    options: (until: string) => ({
      daysBefore: 3,
      until: new Date(until),
      standing: async () => standing,
      send: async (_id: string, threshold: string, _deadline: string, at: Date) => {
        sent.push({ threshold, at: at.toISOString() });
        standing = { ...standing, sent: [...standing.sent, threshold], lastAt: at.getTime() };
      },
    }),
  };
}

const lastAt = (iso: string) => Date.parse(iso);

describe('catchUpDeadlines', () => {
  it('sends the early reminder and the overdue one a minute after each was reached, district time', async () => {
    const task = subject({
      open: true,
      deadline: '2024-12-31',
      sent: [],
      lastAt: lastAt('2024-11-29T01:00:00Z'),
    });
    expect(await catchUpDeadlines(['t'], task.options('2026-05-13T02:00:00Z'))).toBe(2);
    expect(task.sent).toEqual([
      // 3 days before the end of 31 December (midnight +08:00 = 16:00 UTC the day before).
      { threshold: 'DUE_IN_3_DAYS', at: '2024-12-28T16:01:00.000Z' },
      { threshold: 'OVERDUE', at: '2024-12-31T16:01:00.000Z' },
    ]);
  });

  it('sends nothing dated after today, and nothing to a subject nobody owes work on', async () => {
    const soon = subject({
      open: true,
      deadline: '2026-05-20',
      sent: [],
      lastAt: lastAt('2026-05-01T01:00:00Z'),
    });
    expect(await catchUpDeadlines(['s'], soon.options('2026-05-13T02:00:00Z'))).toBe(0);
    const done = subject({
      open: false,
      deadline: '2024-03-31',
      sent: [],
      lastAt: lastAt('2024-03-25T01:00:00Z'),
    });
    expect(await catchUpDeadlines(['d'], done.options('2026-05-13T02:00:00Z'))).toBe(0);
  });

  it('dates a reminder after the subject’s last event, and sends only the overdue one when the early one is past', async () => {
    const late = subject({
      open: true,
      deadline: '2024-09-30',
      sent: [],
      lastAt: lastAt('2024-10-10T01:00:00Z'),
    });
    await catchUpDeadlines(['l'], late.options('2026-05-13T02:00:00Z'));
    expect(late.sent).toEqual([{ threshold: 'OVERDUE', at: '2024-10-10T01:01:00.000Z' }]);
  });

  it('leaves alone what was already sent for the deadline', async () => {
    const urged = subject({
      open: true,
      deadline: '2024-12-31',
      sent: ['DUE_IN_3_DAYS', 'OVERDUE'],
      lastAt: lastAt('2024-11-29T01:00:00Z'),
    });
    expect(await catchUpDeadlines(['u'], urged.options('2026-05-13T02:00:00Z'))).toBe(0);
  });
});
