import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { checkpointCodec } from '@duban/event-store';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { Expensive } from '../../../core/graphql/expensive.decorator.js';
import { isStoreUnavailable } from '../../../core/errors/is-store-unavailable.js';
import { Clock } from '../../../core/clock/clock.js';
import { Projector } from '../../../core/projection/projector.js';
import { assertMayRebuild } from '../projection-admin.js';
import { ProgressChanges } from '../progress/progress-changes.js';
import { GetDepartmentProgressQuery } from '../queries/get-department-progress/get-department-progress.query.js';
import { GetIndicatorFiguresQuery } from '../queries/get-indicator-figures/get-indicator-figures.query.js';
import { GetProgressTrendQuery } from '../queries/get-progress-trend/get-progress-trend.query.js';
import { AreaProgress } from './area-progress.object.js';
import { DepartmentProgress } from './department-progress.object.js';
import { TaskIndicatorFigures } from './indicator-figures.object.js';
import { ProgressFigures } from './progress-figures.object.js';
import { ProgressWeek } from './progress-week.object.js';
import { ProjectionStatusObject } from './projection-status.object.js';
import { RebuildResultObject } from './rebuild-result.object.js';

/** Pause before a live update asks a database that did not answer again. */
const UNAVAILABLE_RETRY_MS = 1000;

@Resolver()
export class ProgressQueriesResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly projector: Projector,
    private readonly changes: ProgressChanges,
    private readonly clock: Clock,
  ) {}

  @Query(() => DepartmentProgress, {
    description:
      'Progress per department for a task list (optionally one area); with `asOf`, as things stood then.',
  })
  @Expensive('asOf')
  departmentProgress(
    @CurrentActor() actor: Actor,
    @Args('taskListId', { type: () => ID }) taskListId: string,
    @Args('area', { type: () => String, nullable: true }) area?: string | null,
    @Args('asOf', { type: () => Date, nullable: true }) asOf?: Date | null,
  ): Promise<DepartmentProgress> {
    return this.queries.execute(
      new GetDepartmentProgressQuery(actor, taskListId, area ?? null, asOf ?? null),
    );
  }

  @Query(() => [AreaProgress], { description: 'Progress rolled up per area of the list.' })
  @Expensive('asOf')
  async areaProgress(
    @CurrentActor() actor: Actor,
    @Args('taskListId', { type: () => ID }) taskListId: string,
    @Args('asOf', { type: () => Date, nullable: true }) asOf?: Date | null,
  ): Promise<AreaProgress[]> {
    const progress = await this.queries.execute(
      new GetDepartmentProgressQuery(actor, taskListId, null, asOf ?? null),
    );
    return progress.areas;
  }

  @Query(() => ProgressFigures, {
    description: 'Progress of the whole district on the list: every task once.',
  })
  @Expensive('asOf')
  async districtProgress(
    @CurrentActor() actor: Actor,
    @Args('taskListId', { type: () => ID }) taskListId: string,
    @Args('asOf', { type: () => Date, nullable: true }) asOf?: Date | null,
  ): Promise<ProgressFigures> {
    const progress = await this.queries.execute(
      new GetDepartmentProgressQuery(actor, taskListId, null, asOf ?? null),
    );
    return progress.totals;
  }

  @Query(() => [ProgressWeek], {
    description:
      "Completions and closures per week, this week last; with `asOf`, the weeks up to then and only what had happened by then; for a past year's list, up to that year's last week at the latest.",
  })
  progressTrend(
    @CurrentActor() actor: Actor,
    @Args('taskListId', { type: () => ID }) taskListId: string,
    @Args('weeks', { type: () => Int, defaultValue: 12 }) weeks: number,
    @Args('asOf', { type: () => Date, nullable: true }) asOf?: Date | null,
  ): Promise<ProgressWeek[]> {
    return this.queries.execute(new GetProgressTrendQuery(actor, taskListId, weeks, asOf ?? null));
  }

  @Query(() => [TaskIndicatorFigures], {
    description: 'Indicator figures per unit and district totals, with rates and rule violations.',
  })
  indicatorFigures(
    @CurrentActor() actor: Actor,
    @Args('taskListId', { type: () => ID }) taskListId: string,
  ): Promise<TaskIndicatorFigures[]> {
    return this.queries.execute(new GetIndicatorFiguresQuery(actor, taskListId));
  }

  @Query(() => [ProjectionStatusObject], {
    description: 'How far each projection has got, and whether it runs.',
  })
  async projectionStatus(@CurrentActor() _actor: Actor): Promise<ProjectionStatusObject[]> {
    const statuses = await this.projector.status(this.clock.now());
    return statuses.map((s) => ({ ...s, checkpoint: checkpointCodec.format(s.checkpoint) }));
  }

  @Mutation(() => RebuildResultObject, {
    description:
      'Rebuilds the read model from the log into a shadow schema and swaps it in (system administrators).',
  })
  async rebuildProjections(@CurrentActor() actor: Actor): Promise<RebuildResultObject> {
    assertMayRebuild(actor);
    const result = await this.projector.rebuild();
    return { events: result.events, ms: result.ms, checkpoint: checkpointCodec.format(result.checkpoint) };
  }

  @Subscription(() => DepartmentProgress, {
    description:
      "The list's progress per department: sent at once, then each time the projector commits a change to it.",
  })
  progressChanged(
    @CurrentActor() actor: Actor,
    @Args('taskListId', { type: () => ID }) taskListId: string,
  ): AsyncGenerator<{ progressChanged: DepartmentProgress }> {
    const { queries, changes } = this;
    return (async function* () {
      for await (const _ of changes.changes(taskListId)) {
        let progress: DepartmentProgress | null = null;
        while (progress === null) {
          try {
            progress = await queries.execute(new GetDepartmentProgressQuery(actor, taskListId));
          } catch (error) {
            if (!isStoreUnavailable(error)) throw error;
            // The database is away for a moment: keep the subscription and send the figures once it answers.
            await new Promise((resolve) => setTimeout(resolve, UNAVAILABLE_RETRY_MS));
          }
        }
        yield { progressChanged: progress };
      }
    })();
  }
}
