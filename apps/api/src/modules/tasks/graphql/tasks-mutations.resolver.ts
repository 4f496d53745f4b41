import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { validation } from '@duban/domain';
import type { Actor, IndicatorFigures, IndicatorSet } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { ProjectionWaiter } from '../../../core/projection/projection-waiter.js';
import { AcceptTaskCommand } from '../commands/accept-task/accept-task.command.js';
import { AcknowledgeTaskCommand } from '../commands/acknowledge-task/acknowledge-task.command.js';
import { AddTaskCommand } from '../commands/add-task/add-task.command.js';
import { ApproveExtensionCommand } from '../commands/approve-extension/approve-extension.command.js';
import { ApproveHandoffCommand } from '../commands/approve-handoff/approve-handoff.command.js';
import { CancelTaskCommand } from '../commands/cancel-task/cancel-task.command.js';
import { EditTaskCommand } from '../commands/edit-task/edit-task.command.js';
import type { EditTaskFields } from '../commands/edit-task/edit-task.command.js';
import { RejectExtensionCommand } from '../commands/reject-extension/reject-extension.command.js';
import { RejectHandoffCommand } from '../commands/reject-handoff/reject-handoff.command.js';
import { RemoveTaskCommand } from '../commands/remove-task/remove-task.command.js';
import { ReportTaskProgressCommand } from '../commands/report-task-progress/report-task-progress.command.js';
import { RequestExtensionCommand } from '../commands/request-extension/request-extension.command.js';
import { RequestHandoffCommand } from '../commands/request-handoff/request-handoff.command.js';
import { RequestTaskCompletionCommand } from '../commands/request-task-completion/request-task-completion.command.js';
import { ReturnTaskCommand } from '../commands/return-task/return-task.command.js';
import type { TaskChange } from '../commands/task-change.js';
import { UrgeTaskCommand } from '../commands/urge-task/urge-task.command.js';
import { GetTaskQuery } from '../queries/get-task/get-task.query.js';
import { AcceptTaskInput } from './accept-task.input.js';
import { AddTaskInput } from './add-task.input.js';
import { ApproveExtensionInput } from './approve-extension.input.js';
import { ApproveHandoffInput } from './approve-handoff.input.js';
import { CancelTaskInput } from './cancel-task.input.js';
import { EditTaskInput } from './edit-task.input.js';
import type { IndicatorSetInput } from './indicator-set.input.js';
import type { IndicatorFigureInput } from './indicator-figure.input.js';
import { RejectExtensionInput } from './reject-extension.input.js';
import { RejectHandoffInput } from './reject-handoff.input.js';
import { RemoveTaskInput } from './remove-task.input.js';
import { ReportTaskProgressInput } from './report-task-progress.input.js';
import { RequestExtensionInput } from './request-extension.input.js';
import { RequestHandoffInput } from './request-handoff.input.js';
import { RequestTaskCompletionInput } from './request-task-completion.input.js';
import { ReturnTaskInput } from './return-task.input.js';
import { Task } from './task.object.js';
import { UrgeTaskInput } from './urge-task.input.js';

/** GraphQL lists carry no key order; the domain takes figures as a map and refuses an indicator twice here. */
const figuresOf = (figures: IndicatorFigureInput[] | null | undefined): IndicatorFigures | undefined => {
  if (!figures) return undefined;
  // No prototype: an id like "__proto__" becomes a key the domain refuses, not a silently lost setter call.
  const map = Object.create(null) as IndicatorFigures;
  for (const { indicatorId, value } of figures) {
    // A repeated id would silently keep one of the two values; the domain sees it as malformed instead.
    map[indicatorId] = Object.hasOwn(map, indicatorId) ? Number.NaN : value;
  }
  return map;
};

const indicatorsOf = (set: IndicatorSetInput | null | undefined): IndicatorSet | undefined =>
  set ? { indicators: set.indicators, rates: set.rates ?? [] } : undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A task id chosen by the client must be a UUID (any version), so ids of different clients do not meet. */
const clientTaskId = (taskId: string): string => {
  if (!UUID.test(taskId)) {
    throw validation('TASK_ID_NOT_UUID', 'taskId: must be a UUID', { field: 'taskId', value: taskId });
  }
  return taskId.toLowerCase();
};

/** Drops the keys GraphQL left out, so "not given" stays "unchanged" for partial edits. */
const given = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * The write side of tasks. Every mutation runs its command, waits until the read model has taken in
 * the events it appended, and answers with the task as the read model now shows it.
 */
@Resolver(() => Task)
export class TasksMutationsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly waiter: ProjectionWaiter,
  ) {}

  private async afterwards(actor: Actor, change: Promise<TaskChange>): Promise<Task> {
    const { taskId, checkpoint } = await change;
    return this.waiter.readBack(checkpoint, () => this.queries.execute(new GetTaskQuery(actor, taskId)));
  }

  @Mutation(() => Task, { description: 'Drafts a task into a drafted list.' })
  addTask(@CurrentActor() actor: Actor, @Args('input') input: AddTaskInput): Promise<Task> {
    const indicators = indicatorsOf(input.indicators);
    return this.afterwards(
      actor,
      this.commands.execute(
        new AddTaskCommand(actor, {
          listId: input.listId,
          ...(input.taskId === undefined || input.taskId === null
            ? {}
            : { taskId: clientTaskId(input.taskId) }),
          area: input.area,
          title: input.title,
          description: input.description,
          leadUnitId: input.leadUnitId,
          cooperatingUnitIds: input.cooperatingUnitIds ?? [],
          deadline: input.deadline,
          ...(indicators ? { indicators } : {}),
        }),
      ),
    );
  }

  @Mutation(() => Task, { description: 'Changes a drafted task; only the fields given change.' })
  editTask(@CurrentActor() actor: Actor, @Args('input') input: EditTaskInput): Promise<Task> {
    const { indicators, cooperatingUnitIds, ...rest } = input;
    const fields: EditTaskFields = {
      ...(given(rest) as EditTaskFields),
      ...(cooperatingUnitIds ? { cooperatingUnitIds } : {}),
      ...(indicators ? { indicators: indicatorsOf(indicators)! } : {}),
    };
    return this.afterwards(actor, this.commands.execute(new EditTaskCommand(actor, fields)));
  }

  @Mutation(() => Task, { description: 'Drops a drafted task from its list.' })
  removeTask(@CurrentActor() actor: Actor, @Args('input') input: RemoveTaskInput): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(new RemoveTaskCommand(actor, input.taskId, input.reason ?? null)),
    );
  }

  @Mutation(() => Task, { description: "签收 for the officer's own unit." })
  acknowledgeTask(
    @CurrentActor() actor: Actor,
    @Args('taskId', { type: () => ID }) taskId: string,
  ): Promise<Task> {
    return this.afterwards(actor, this.commands.execute(new AcknowledgeTaskCommand(actor, taskId)));
  }

  @Mutation(() => Task, { description: "进度反馈 for the officer's own unit." })
  reportTaskProgress(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReportTaskProgressInput,
  ): Promise<Task> {
    const figures = figuresOf(input.figures);
    return this.afterwards(
      actor,
      this.commands.execute(
        new ReportTaskProgressCommand(actor, {
          taskId: input.taskId,
          percent: input.percent,
          narrative: input.narrative,
          ...(figures ? { figures } : {}),
          evidence: input.evidence ?? [],
        }),
      ),
    );
  }

  @Mutation(() => Task, { description: '申请办结 by the lead unit.' })
  requestTaskCompletion(
    @CurrentActor() actor: Actor,
    @Args('input') input: RequestTaskCompletionInput,
  ): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(
        new RequestTaskCompletionCommand(actor, input.taskId, input.summary, input.evidence ?? []),
      ),
    );
  }

  @Mutation(() => Task, { description: '审核通过: the task is completed.' })
  acceptTask(@CurrentActor() actor: Actor, @Args('input') input: AcceptTaskInput): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(new AcceptTaskCommand(actor, input.taskId, input.comment ?? null)),
    );
  }

  @Mutation(() => Task, { description: '退回: back to in progress, with a reason.' })
  returnTask(@CurrentActor() actor: Actor, @Args('input') input: ReturnTaskInput): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(new ReturnTaskCommand(actor, input.taskId, input.reason)),
    );
  }

  @Mutation(() => Task, { description: '申请转办 by the lead unit.' })
  requestHandoff(@CurrentActor() actor: Actor, @Args('input') input: RequestHandoffInput): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(new RequestHandoffCommand(actor, input.taskId, input.toUnitId, input.reason)),
    );
  }

  @Mutation(() => Task)
  approveHandoff(@CurrentActor() actor: Actor, @Args('input') input: ApproveHandoffInput): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(new ApproveHandoffCommand(actor, input.taskId, input.comment ?? null)),
    );
  }

  @Mutation(() => Task)
  rejectHandoff(@CurrentActor() actor: Actor, @Args('input') input: RejectHandoffInput): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(new RejectHandoffCommand(actor, input.taskId, input.reason)),
    );
  }

  @Mutation(() => Task, { description: '申请延期 by the lead unit.' })
  requestExtension(@CurrentActor() actor: Actor, @Args('input') input: RequestExtensionInput): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(
        new RequestExtensionCommand(actor, input.taskId, input.newDeadline, input.reason),
      ),
    );
  }

  @Mutation(() => Task)
  approveExtension(@CurrentActor() actor: Actor, @Args('input') input: ApproveExtensionInput): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(new ApproveExtensionCommand(actor, input.taskId, input.comment ?? null)),
    );
  }

  @Mutation(() => Task)
  rejectExtension(@CurrentActor() actor: Actor, @Args('input') input: RejectExtensionInput): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(new RejectExtensionCommand(actor, input.taskId, input.reason)),
    );
  }

  @Mutation(() => Task, { description: '催办 by the office.' })
  urgeTask(@CurrentActor() actor: Actor, @Args('input') input: UrgeTaskInput): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(new UrgeTaskCommand(actor, { taskId: input.taskId, message: input.message })),
    );
  }

  @Mutation(() => Task, { description: '撤销 by the office, with a reason.' })
  cancelTask(@CurrentActor() actor: Actor, @Args('input') input: CancelTaskInput): Promise<Task> {
    return this.afterwards(
      actor,
      this.commands.execute(new CancelTaskCommand(actor, input.taskId, input.reason)),
    );
  }
}
