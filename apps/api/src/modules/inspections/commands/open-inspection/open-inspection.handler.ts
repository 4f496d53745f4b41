import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  assertMayRunInspectionCommand,
  assertUnitAssignable,
  initialInspectionState,
  unitDecider,
  unitStream,
  validation,
} from '@duban/domain';
import type { OpenInspection } from '@duban/domain';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import { UsersDirectory } from '../../../accounts/directory/users-directory.js';
import type { ChangeOutcome } from '../change-outcome.js';
import { InspectionCommandRunner } from '../inspection-command.runner.js';
import { OpenInspectionCommand } from './open-inspection.command.js';

/**
 * Opens an inspection (督察). Besides the domain's own checks, the streams it names must make sense:
 * every target is a registered unit that is not retired, and every team member an active inspector,
 * since only the team may later log, notify and verify its findings.
 */
@CommandHandler(OpenInspectionCommand)
export class OpenInspectionHandler implements ICommandHandler<OpenInspectionCommand> {
  constructor(
    private readonly inspections: InspectionCommandRunner,
    private readonly runner: CommandRunner,
    private readonly users: UsersDirectory,
  ) {}

  async execute({ actor, input, inspectionId }: OpenInspectionCommand): Promise<ChangeOutcome> {
    const command: OpenInspection = {
      type: 'OpenInspection',
      data: { ...input, inspectionId: inspectionId ?? randomUUID() },
    };
    assertMayRunInspectionCommand(command, initialInspectionState(), actor);
    for (const unitId of new Set(Array.isArray(input.targetUnitIds) ? input.targetUnitIds : [])) {
      const { state } = await this.runner.load(unitStream(unitId), unitDecider);
      assertUnitAssignable(unitId, state);
    }
    for (const userId of new Set(Array.isArray(input.teamUserIds) ? input.teamUserIds : [])) {
      const user = this.users.findById(userId);
      if (!user || user.disabled || user.role !== 'INSPECTOR') {
        throw validation('TEAM_MEMBER_NOT_INSPECTOR', `user ${userId} is not an active inspector`, {
          field: 'teamUserIds',
          userId,
        });
      }
    }
    return this.inspections.run(command, actor);
  }
}
