import { Module } from '@nestjs/common';
import { IssuedListCompleter } from '../../core/process-manager/tasks/issued-list-completer.service.js';
import { TaskUrgingService } from '../../core/process-manager/tasks/task-urging.service.js';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { AcceptTaskHandler } from './commands/accept-task/accept-task.handler.js';
import { AcknowledgeTaskHandler } from './commands/acknowledge-task/acknowledge-task.handler.js';
import { AddTaskHandler } from './commands/add-task/add-task.handler.js';
import { ApproveExtensionHandler } from './commands/approve-extension/approve-extension.handler.js';
import { ApproveHandoffHandler } from './commands/approve-handoff/approve-handoff.handler.js';
import { CancelTaskHandler } from './commands/cancel-task/cancel-task.handler.js';
import { DraftTaskListHandler } from './commands/draft-task-list/draft-task-list.handler.js';
import { EditTaskListHandler } from './commands/edit-task-list/edit-task-list.handler.js';
import { EditTaskHandler } from './commands/edit-task/edit-task.handler.js';
import { IssueTaskListHandler } from './commands/issue-task-list/issue-task-list.handler.js';
import { RejectExtensionHandler } from './commands/reject-extension/reject-extension.handler.js';
import { RejectHandoffHandler } from './commands/reject-handoff/reject-handoff.handler.js';
import { RemoveTaskHandler } from './commands/remove-task/remove-task.handler.js';
import { ReportTaskProgressHandler } from './commands/report-task-progress/report-task-progress.handler.js';
import { RequestExtensionHandler } from './commands/request-extension/request-extension.handler.js';
import { RequestHandoffHandler } from './commands/request-handoff/request-handoff.handler.js';
import { RequestTaskCompletionHandler } from './commands/request-task-completion/request-task-completion.handler.js';
import { ReturnTaskHandler } from './commands/return-task/return-task.handler.js';
import { UrgeTaskHandler } from './commands/urge-task/urge-task.handler.js';
import { TaskCommandRunner } from './commands/task-command.runner.js';
import { TaskListsMutationsResolver } from './graphql/task-lists-mutations.resolver.js';
import { TasksMutationsResolver } from './graphql/tasks-mutations.resolver.js';

/** Every handler of the task-list and task commands; the read side lives in its own providers. */
export const TASK_COMMAND_HANDLERS = [
  AcceptTaskHandler,
  AcknowledgeTaskHandler,
  AddTaskHandler,
  ApproveExtensionHandler,
  ApproveHandoffHandler,
  CancelTaskHandler,
  DraftTaskListHandler,
  EditTaskListHandler,
  EditTaskHandler,
  IssueTaskListHandler,
  RejectExtensionHandler,
  RejectHandoffHandler,
  RemoveTaskHandler,
  ReportTaskProgressHandler,
  RequestExtensionHandler,
  RequestHandoffHandler,
  RequestTaskCompletionHandler,
  ReturnTaskHandler,
  UrgeTaskHandler,
];

/** Task lists and tasks (任务清单, 督办事项): commands, process managers and GraphQL mutations. */
@Module({
  imports: [EvidenceModule],
  providers: [
    TaskCommandRunner,
    ...TASK_COMMAND_HANDLERS,
    TaskUrgingService,
    IssuedListCompleter,
    TasksMutationsResolver,
    TaskListsMutationsResolver,
  ],
  exports: [TaskCommandRunner],
})
export class TasksModule {}
