import { deadlineEndsAt } from '@duban/domain';
import { Clock } from '../../core/clock/clock.js';
import { deadlineThresholdPolicy } from '../../core/process-manager/deadline-threshold-policy.js';

const DAY_MS = 86_400_000;
/** The watchers look once a minute (DUBAN_URGE_INTERVAL_MS's default): a reminder follows its threshold by that. */
const WATCHER_DELAY_MS = 60_000;

/** What a deadline watcher reads of a subject (a task, a finding), from its own stream. */
export interface DeadlineStanding {
  /** Whether the watcher would still remind it (the units owe work). */
  open: boolean;
  deadline: string;
  /** Thresholds sent for this deadline, in the watcher's names (`DUE_IN_<n>_DAYS`, `OVERDUE`). */
  sent: readonly string[];
  /** Epoch ms of the stream's last event: a reminder is never dated before it. */
  lastAt: number;
}

export interface CatchUpOptions {
  /** The watcher's "n" (DUBAN_URGE_DAYS_BEFORE or DUBAN_REMIND_DAYS_BEFORE). */
  daysBefore: number;
  /** Today: nothing is dated later. */
  until: Date;
  standing(id: string): Promise<DeadlineStanding | null>;
  /** Sends one threshold as the watcher would have, dated `at`. */
  send(id: string, threshold: string, deadline: string, at: Date): Promise<void>;
}

/** A clock that reads whatever instant it was last set to. */
export class SettableClock extends Clock {
  private at = new Date(0);

  set(at: Date): void {
    this.at = new Date(at);
  }

  override now(): Date {
    return new Date(this.at);
  }
}

/**
 * Sends, into a recorded history, the reminders the deadline watchers would have sent between each
 * subject's last event and today (the same policy: one early reminder, one when overdue), so the
 * first start of the server does not send a past year's reminders all at once. Returns how many.
 */
export async function catchUpDeadlines(ids: readonly string[], options: CatchUpOptions): Promise<number> {
  const policy = deadlineThresholdPolicy(options.daysBefore);
  const until = options.until.getTime();
  let sent = 0;
  for (const id of ids) {
    for (let guard = 0; guard < 4; guard++) {
      const standing = await options.standing(id);
      if (!standing?.open) break;
      const end = deadlineEndsAt(standing.deadline);
      const thresholds = options.daysBefore > 0 ? [end - options.daysBefore * DAY_MS, end] : [end];
      const due = thresholds
        .map((at) => Math.max(at, standing.lastAt))
        .filter((at) => at <= until)
        // A threshold reached in the last minute before today counts too: the watcher would see it now.
        .map((at) => Math.min(at + WATCHER_DELAY_MS, until))
        .map((at) => ({
          at,
          threshold: policy({ id, deadline: standing.deadline, sent: standing.sent }, new Date(at)),
        }))
        .find((candidate) => candidate.threshold !== null);
      if (!due) break;
      await options.send(id, due.threshold!, standing.deadline, new Date(due.at));
      sent += 1;
    }
  }
  return sent;
}
