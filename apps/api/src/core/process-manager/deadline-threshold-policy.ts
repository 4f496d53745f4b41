import { deadlineEndsAt } from '@duban/domain';
import type { DeadlineCandidate, ThresholdPolicy } from './deadline-watcher.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Two reminders per deadline: `DUE_IN_<n>_DAYS` once the deadline is n days away, `OVERDUE` once it
 * has passed. A subject first seen already overdue gets only `OVERDUE`: a "due soon" after the fact
 * would only be noise. `daysBefore` 0 leaves out the early reminder.
 */
export function deadlineThresholdPolicy<C extends DeadlineCandidate>(daysBefore: number): ThresholdPolicy<C> {
  const early = daysBefore > 0 ? `DUE_IN_${daysBefore}_DAYS` : null;
  return (candidate, now) => {
    const end = deadlineEndsAt(candidate.deadline);
    const at = now.getTime();
    if (at >= end) return candidate.sent.includes('OVERDUE') ? null : 'OVERDUE';
    if (early !== null && at >= end - daysBefore * DAY_MS && !candidate.sent.includes(early)) return early;
    return null;
  };
}
