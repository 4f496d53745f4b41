import { validation } from '../shared/domain-error.js';
import { isIsoInstant } from '../shared/validation.js';
import { DISTRICT_UTC_OFFSET_MINUTES } from '../tasks/task.deadline.js';

/**
 * The district's calendar date at an ISO 8601 instant: `2024-05-31T17:00:00Z` is already 2024-06-01 in
 * the district (UTC+8). Findings and tasks share one rule, so a deadline date ends at the district's
 * midnight whatever offset the caller wrote `now` in.
 */
export const calendarDateOf = (instant: string, utcOffsetMinutes = DISTRICT_UTC_OFFSET_MINUTES): string => {
  if (!isIsoInstant(instant)) {
    throw validation('VALIDATION', 'now: must be an ISO 8601 instant', { field: 'now', value: instant });
  }
  return new Date(Date.parse(instant) + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
};

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
};
