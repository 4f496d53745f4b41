import type { Actor } from '../shared/actor.js';
import { forbidden } from '../shared/domain-error.js';
import type { InspectionCommand } from './inspection.commands.js';
import type { InspectionState } from './inspection.state.js';

const refuse = (command: InspectionCommand, actor: Actor, why: string) =>
  forbidden(`${actor.role} ${actor.userId} may not ${command.type}: ${why}`, {
    command: command.type,
    role: actor.role,
    userId: actor.userId,
  });

/**
 * Who may run an inspection command. Called first by `decideInspection`.
 *
 * - OpenInspection: any inspector, or the district office (which commissions inspections). The opener
 *   need not be on the team: the office often opens an inspection for a team it appoints.
 * - RecordCaseFileReview, CloseInspection: inspectors on this inspection's team only.
 * - IssueInspectionNotice (通报): inspectors on the team, or the district office, which publishes notices.
 * - Everyone else (unit officers, leaders, the system administrator) runs none of them.
 *
 * When the inspection does not exist yet, team membership cannot be checked; the role check still
 * applies and the decider then reports INSPECTION_NOT_FOUND.
 */
export const assertMayRunInspectionCommand = (
  command: InspectionCommand,
  state: InspectionState,
  actor: Actor,
): void => {
  const onTeam = state.status === 'NONE' || state.teamUserIds.includes(actor.userId);
  switch (command.type) {
    case 'OpenInspection':
      if (actor.role === 'INSPECTOR' || actor.role === 'DISTRICT_OFFICE') return;
      throw refuse(command, actor, 'only inspectors and the district office open inspections');
    case 'RecordCaseFileReview':
    case 'CloseInspection':
      if (actor.role === 'INSPECTOR' && onTeam) return;
      throw refuse(command, actor, "only inspectors on the inspection's team");
    case 'IssueInspectionNotice':
      if (actor.role === 'DISTRICT_OFFICE' || (actor.role === 'INSPECTOR' && onTeam)) return;
      throw refuse(command, actor, "only the district office or inspectors on the inspection's team");
    default: {
      const unexpected: never = command;
      throw refuse(unexpected, actor, 'unknown command');
    }
  }
};
