import { ApproveExtensionCommand } from '../../src/modules/tasks/commands/approve-extension/approve-extension.command.js';
import { RequestExtensionCommand } from '../../src/modules/tasks/commands/request-extension/request-extension.command.js';
import { ACTORS } from './tasks-fixture.js';
import type { TasksFixture } from './tasks-fixture.js';

/** Multi-step moves on a task used by several suites. */
export class CompleteTaskHelper {
  constructor(private readonly fixture: TasksFixture) {}

  /** Requests and approves a new deadline. */
  async extend(taskId: string, newDeadline: string): Promise<void> {
    await this.fixture.bus.execute(
      new RequestExtensionCommand(ACTORS.leadOfficer, taskId, newDeadline, '延期'),
    );
    await this.fixture.bus.execute(new ApproveExtensionCommand(ACTORS.office, taskId, '同意'));
  }
}
