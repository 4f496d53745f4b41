import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { TaskIndicatorFigures } from '../../graphql/indicator-figures.object.js';

/** Indicator figures of a list's tasks: per unit, district totals, derived rates, rule violations. */
export class GetIndicatorFiguresQuery extends Query<TaskIndicatorFigures[]> {
  constructor(
    readonly actor: Actor,
    readonly taskListId: string,
  ) {
    super();
  }
}
