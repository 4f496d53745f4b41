import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { ProgressWeek } from '../../graphql/progress-week.object.js';

/**
 * Completions and closures per week for the `weeks` weeks up to now, or up to `asOf` (that week
 * last, counting only what had happened by then); for a list of a past year, up to that year's last
 * week at the latest.
 */
export class GetProgressTrendQuery extends Query<ProgressWeek[]> {
  constructor(
    readonly actor: Actor,
    readonly taskListId: string,
    readonly weeks: number,
    readonly asOf: Date | null = null,
  ) {
    super();
  }
}
