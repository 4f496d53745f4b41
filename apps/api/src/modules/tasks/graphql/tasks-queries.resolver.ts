import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { Expensive } from '../../../core/graphql/expensive.decorator.js';
import { ReadTables } from '../../../core/projection/read-tables.js';
import { evidenceByEvent } from '../../evidence/projections/evidence-by-event.js';
import { TimelineEntryObject } from '../../read-model/graphql/timeline-entry.object.js';
import { ReadViews } from '../../read-model/read-views.js';
import { toTimelineObjects } from '../../read-model/to-timeline-objects.js';
import { TASK_TIMELINE_TABLE } from '../projections/task-timeline.table.js';
import { PageInput } from '../../read-model/graphql/page.input.js';
import { GetTaskQuery } from '../queries/get-task/get-task.query.js';
import { ListTasksQuery } from '../queries/list-tasks/list-tasks.query.js';
import { TaskFilterInput } from './task-filter.input.js';
import { TaskPage } from './task-page.object.js';
import { TaskSortInput } from './task-sort.input.js';
import { Task } from './task.object.js';

@Resolver(() => Task)
export class TasksQueriesResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
  ) {}

  @Query(() => Task, { description: 'One task; with `asOf`, as it stood at that time.' })
  @Expensive('asOf')
  task(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', { type: () => Date, nullable: true }) asOf?: Date | null,
  ): Promise<Task> {
    return this.queries.execute(new GetTaskQuery(actor, id, asOf ?? null));
  }

  @Query(() => TaskPage, { description: 'Tasks filtered, sorted and paged.' })
  tasks(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => TaskFilterInput, nullable: true }) filter?: TaskFilterInput | null,
    @Args('sort', { type: () => TaskSortInput, nullable: true }) sort?: TaskSortInput | null,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput | null,
  ): Promise<TaskPage> {
    return this.queries.execute(new ListTasksQuery(actor, filter ?? null, sort ?? null, page ?? null));
  }

  @ResolveField(() => [TimelineEntryObject], {
    description: 'Every event of the task: who did what, when, and why.',
  })
  async timeline(@Parent() task: Task): Promise<TimelineEntryObject[]> {
    const [entries, evidence] = await Promise.all([
      this.tables.timeline(TASK_TIMELINE_TABLE, task.id),
      evidenceByEvent(this.tables, task.id),
    ]);
    return toTimelineObjects(entries, await this.views.current(), task.asOf ?? null, evidence);
  }
}
