import { DISTRICT_UTC_OFFSET_MINUTES } from '@duban/domain';

/**
 * `isOverdue` in SQL over the tasks table, for filters that must page and count in the database: an
 * open task is overdue once `now` reaches the end of its deadline day (district midnight); one
 * awaiting review, when the completion was asked for after that.
 */
export function taskOverdueSql(nowParam: string): string {
  const end = `((deadline + 1)::timestamp - interval '${DISTRICT_UTC_OFFSET_MINUTES} minutes') at time zone 'UTC'`;
  return `((status in ('ASSIGNED', 'IN_PROGRESS', 'HANDOFF_PENDING') and ${nowParam}::timestamptz >= ${end})
    or (status = 'AWAITING_REVIEW' and (doc->>'completionRequestedAt')::timestamptz >= ${end}))`;
}
