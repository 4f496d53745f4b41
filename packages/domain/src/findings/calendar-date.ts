import { validation } from '../shared/domain-error.js';
import { isIsoInstant } from '../shared/validation.js';

const LEADING_DATE = /^(\d{4}-\d{2}-\d{2})T/;

/**
 * The calendar date of an ISO 8601 instant, read as written: `2024-06-01T01:00:00+08:00` is 2024-06-01
 * even though it is still 31 May in UTC. Deadlines are calendar dates of the district, so handlers
 * pass `now` in the district's offset; the domain never guesses a time zone.
 */
export const calendarDateOf = (instant: string): string => {
  const match = LEADING_DATE.exec(instant);
  if (!match || !isIsoInstant(instant)) {
    throw validation('VALIDATION', 'now: must be an ISO 8601 instant', { field: 'now', value: instant });
  }
  return match[1] as string;
};

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
};
