import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { ProjectionWaiter } from '../../../core/projection/projection-waiter.js';
import { TaskList } from '../../task-lists/graphql/task-list.object.js';
import { GetTaskListQuery } from '../../task-lists/queries/get-task-list/get-task-list.query.js';
import { DraftTaskListCommand } from '../commands/draft-task-list/draft-task-list.command.js';
import { EditTaskListCommand } from '../commands/edit-task-list/edit-task-list.command.js';
import type { EditTaskListFields } from '../commands/edit-task-list/edit-task-list.command.js';
import { IssueTaskListCommand } from '../commands/issue-task-list/issue-task-list.command.js';
import type { TaskListChange } from '../commands/task-list-change.js';
import { DraftTaskListInput } from './draft-task-list.input.js';
import { EditTaskListInput } from './edit-task-list.input.js';

/** The write side of task lists; each answer is the list as the read model shows it afterwards. */
@Resolver(() => TaskList)
export class TaskListsMutationsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly waiter: ProjectionWaiter,
  ) {}

  private async afterwards(actor: Actor, change: Promise<TaskListChange>): Promise<TaskList> {
    const { listId, checkpoint } = await change;
    return this.waiter.readBack(checkpoint, () => this.queries.execute(new GetTaskListQuery(actor, listId)));
  }

  @Mutation(() => TaskList, { description: 'Drafts a task list (任务清单) of a year.' })
  draftTaskList(@CurrentActor() actor: Actor, @Args('input') input: DraftTaskListInput): Promise<TaskList> {
    return this.afterwards(
      actor,
      this.commands.execute(
        new DraftTaskListCommand(actor, {
          year: input.year,
          title: input.title,
          documentNumber: input.documentNumber ?? null,
          areas: input.areas,
        }),
      ),
    );
  }

  @Mutation(() => TaskList, { description: 'Changes a drafted list; only the fields given change.' })
  editTaskList(@CurrentActor() actor: Actor, @Args('input') input: EditTaskListInput): Promise<TaskList> {
    const fields: EditTaskListFields = { listId: input.listId };
    if (input.year !== undefined && input.year !== null) fields.year = input.year;
    if (input.title !== undefined && input.title !== null) fields.title = input.title;
    // null clears the document number; left out keeps it.
    if (input.documentNumber !== undefined) fields.documentNumber = input.documentNumber;
    if (input.areas !== undefined && input.areas !== null) fields.areas = input.areas;
    return this.afterwards(actor, this.commands.execute(new EditTaskListCommand(actor, fields)));
  }

  @Mutation(() => TaskList, { description: '印发: issues the list and assigns each of its tasks.' })
  issueTaskList(
    @CurrentActor() actor: Actor,
    @Args('listId', { type: () => ID }) listId: string,
  ): Promise<TaskList> {
    return this.afterwards(actor, this.commands.execute(new IssueTaskListCommand(actor, listId)));
  }
}
