import { calendarDateOf } from './calendar-date.js';
import type { FindingStatus } from './finding.values.js';

/**
 * 逾期: a finding not yet closed whose deadline day has passed. Derived from the clock at query time,
 * never stored, so a changed clock or a replay as of a past date gives the right answer.
 */
export const isFindingOverdue = (
  state: { status: 'NONE' } | { status: FindingStatus; rectificationDeadline: string },
  now: string,
): boolean =>
  state.status !== 'NONE' && state.status !== 'CLOSED' && calendarDateOf(now) > state.rectificationDeadline;
