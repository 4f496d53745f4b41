import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DISTRICT_UTC_OFFSET_MINUTES, validation } from '@duban/domain';
import { districtInstant } from '../../../../core/projection/district-time.js';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import type { ProgressWeek } from '../../graphql/progress-week.object.js';
import { loadProgressRows } from '../../progress/progress-rows.js';
import { readAccess } from '../../read-access.js';
import { ReadViews } from '../../read-views.js';
import { GetProgressTrendQuery } from './get-progress-trend.query.js';

const MAX_WEEKS = 104;
const DAY_MS = 86_400_000;

/** Monday (YYYY-MM-DD) of the district-time week an instant falls in. */
const mondayOf = (instant: string): string => {
  const date = districtInstant(new Date(instant)).slice(0, 10);
  const day = new Date(`${date}T00:00:00Z`);
  const back = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - back * DAY_MS).toISOString().slice(0, 10);
};

@QueryHandler(GetProgressTrendQuery)
export class GetProgressTrendHandler implements IQueryHandler<GetProgressTrendQuery> {
  constructor(
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
  ) {}

  async execute({ actor, taskListId, weeks, asOf }: GetProgressTrendQuery): Promise<ProgressWeek[]> {
    readAccess.mayReadDistrict(actor);
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
      throw validation('VALIDATION', `weeks: from 1 to ${MAX_WEEKS}`, { field: 'weeks', value: weeks });
    }
    const rows = await loadProgressRows(this.tables, taskListId, null);
    if (!rows) return [];
    // Up to `asOf` (or now); a past year's list ends its trend with that year's last week.
    const yearEnd = Date.UTC(rows.list.year + 1, 0, 1) - DISTRICT_UTC_OFFSET_MINUTES * 60_000 - 1;
    const limit = (asOf ?? this.views.now()).getTime();
    const happened = (instant: string) => Date.parse(instant) <= limit;
    const thisWeek = mondayOf(new Date(Math.min(limit, yearEnd)).toISOString());
    const result: ProgressWeek[] = [];
    const index = new Map<string, ProgressWeek>();
    for (let i = weeks - 1; i >= 0; i--) {
      const weekStart = new Date(Date.parse(`${thisWeek}T00:00:00Z`) - i * 7 * DAY_MS)
        .toISOString()
        .slice(0, 10);
      const week = { weekStart, completions: 0, closures: 0 };
      result.push(week);
      index.set(weekStart, week);
    }
    for (const task of rows.tasks) {
      if (task.status === 'COMPLETED' && task.completedAt && happened(task.completedAt)) {
        const week = index.get(mondayOf(task.completedAt));
        if (week) week.completions += 1;
      }
    }
    for (const finding of rows.findings) {
      if (finding.closedAt && happened(finding.closedAt)) {
        const week = index.get(mondayOf(finding.closedAt));
        if (week) week.closures += 1;
      }
    }
    return result;
  }
}
