import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { ProgressWeek } from '../../graphql/progress-week.object.js';

/**
 * Completions and closures per week for the last `weeks` weeks, this week last; for a list of a
 * past year, the weeks up to that year's last.
 */
export class GetProgressTrendQuery extends Query<ProgressWeek[]> {
  constructor(
    readonly actor: Actor,
    readonly taskListId: string,
    readonly weeks: number,
  ) {
    super();
  }
}
