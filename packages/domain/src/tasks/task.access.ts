import type { Actor } from '../shared/actor.js';
import { forbidden } from '../shared/domain-error.js';
import { isSystemActor } from '../shared/system-actor.js';
import type { TaskCommand } from './task.commands.js';
import type { TaskState } from './task.state.js';

const deny = (command: TaskCommand, actor: Actor, why: string) =>
  forbidden(`${actor.role} ${actor.userId} may not ${command.type}: ${why}`, {
    command: command.type,
    role: actor.role,
    unitId: actor.unitId ?? null,
  });

/**
 * Who may run each task command. `decideTask` calls this first, so no entry point skips it; handlers
 * may also call it before loading anything else. Unit rules need the task's units: when the task does
 * not exist yet they are left to `decideTask`, which then refuses with TASK_NOT_FOUND.
 *
 * - district office: drafting, issuing, review, handoff and extension decisions, manual urges, cancel
 * - system actor (SYSTEM_ACTOR): automatic urges (those with a threshold), nothing else here
 * - unit officer: acknowledge and report progress for its unit as lead or cooperating unit;
 *   request completion, handoff or extension only as lead
 * - inspector, leader, and any human system administrator: no task changes
 */
export const assertMayRunTaskCommand = (command: TaskCommand, state: TaskState, actor: Actor): void => {
  switch (command.type) {
    case 'DraftTask':
    case 'EditTask':
    case 'RemoveTask':
    case 'WithdrawTaskRemoval':
    case 'IssueTask':
    case 'AcceptTask':
    case 'ReturnTask':
    case 'ApproveHandoff':
    case 'RejectHandoff':
    case 'ApproveExtension':
    case 'RejectExtension':
    case 'CancelTask':
      if (actor.role !== 'DISTRICT_OFFICE') throw deny(command, actor, 'only the district office may');
      return;
    case 'UrgeTask': {
      const automatic = command.data.threshold !== undefined && command.data.threshold !== null;
      if (automatic && !isSystemActor(actor))
        throw deny(command, actor, 'automatic urges come from the system');
      if (!automatic && actor.role !== 'DISTRICT_OFFICE')
        throw deny(command, actor, 'only the district office urges');
      return;
    }
    case 'RequestTaskCompletion':
    case 'RequestHandoff':
    case 'RequestExtension':
      if (actor.role !== 'UNIT_OFFICER' || !actor.unitId)
        throw deny(command, actor, 'only a unit officer may');
      if (state.status !== 'NONE' && state.leadUnitId !== actor.unitId) {
        throw deny(command, actor, 'only the lead unit may');
      }
      return;
    case 'AcknowledgeTask':
    case 'ReportTaskProgress': {
      if (actor.role !== 'UNIT_OFFICER' || !actor.unitId)
        throw deny(command, actor, 'only a unit officer may');
      if (command.data.unitId !== actor.unitId)
        throw deny(command, actor, 'an officer acts only for their own unit');
      if (
        state.status !== 'NONE' &&
        state.leadUnitId !== command.data.unitId &&
        !state.cooperatingUnitIds.includes(command.data.unitId)
      ) {
        throw deny(command, actor, 'the unit is neither lead nor cooperating on this task');
      }
      return;
    }
    default: {
      const unexpected: never = command;
      throw forbidden(`unknown command ${(unexpected as { type: string }).type}`);
    }
  }
};
