import { calendarDateOf } from './calendar-date.js';
import type { FindingState } from './finding.state.js';

/**
 * 逾期: a finding not yet closed whose deadline day has passed. Derived from the clock at query time,
 * never stored, so a changed clock or a replay as of a past date gives the right answer.
 */
export const isFindingOverdue = (state: FindingState, now: string): boolean =>
  state.status !== 'NONE' && state.status !== 'CLOSED' && calendarDateOf(now) > state.rectificationDeadline;
