import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { GetTaskListQuery } from '../queries/get-task-list/get-task-list.query.js';
import { ListTaskListsQuery } from '../queries/list-task-lists/list-task-lists.query.js';
import { TaskList } from './task-list.object.js';

@Resolver(() => TaskList)
export class TaskListsQueriesResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [TaskList], { description: 'Every task list, newest year first.' })
  taskLists(@CurrentActor() actor: Actor): Promise<TaskList[]> {
    return this.queries.execute(new ListTaskListsQuery(actor));
  }

  @Query(() => TaskList)
  taskList(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<TaskList> {
    return this.queries.execute(new GetTaskListQuery(actor, id));
  }
}
