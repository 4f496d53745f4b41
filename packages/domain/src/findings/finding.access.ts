import type { Actor } from '../shared/actor.js';
import { forbidden, notFound } from '../shared/domain-error.js';
import { isSystemActor } from '../shared/system-actor.js';
import type { InspectionState } from '../inspections/inspection.state.js';
import type { FindingCommand } from './finding.commands.js';
import type { FindingState } from './finding.state.js';

const refuse = (command: FindingCommand, actor: Actor, why: string) =>
  forbidden(`${actor.role} ${actor.userId} may not ${command.type}: ${why}`, {
    command: command.type,
    role: actor.role,
    userId: actor.userId,
  });

/**
 * Who may run a finding command. Called first by `decideFinding`.
 *
 * - LogFinding, NotifyFinding (通报), VerifyRectification (验收销号), ReturnRectification (退回): inspectors
 *   on the team of the finding's inspection. Being an inspector is not enough: verification is the
 *   team's judgement on its own finding.
 * - SubmitRectificationPlan, ReportRectificationProgress, RequestFindingClosure (申请销号): the unit
 *   officer of the unit the finding is against, and nobody else. A finding not yet notified is
 *   answered FINDING_NOT_FOUND to every unit officer, as if it had never been logged.
 * - EscalateFinding (挂牌督办): the district office.
 * - RemindFinding: only the system actor (`SYSTEM_ACTOR`) that the deadline process manager runs as;
 *   a human system administrator shares the role but not the identity, and is refused.
 * - Leaders read only and run none of them.
 *
 * Where the finding or inspection does not exist, membership and ownership cannot be checked; the role
 * check still applies and the decider then reports the missing aggregate.
 */
export const assertMayRunFindingCommand = (
  command: FindingCommand,
  state: FindingState,
  actor: Actor,
  inspection: InspectionState,
): void => {
  const onTeam = inspection.status === 'NONE' || inspection.teamUserIds.includes(actor.userId);
  const ownUnit = state.status === 'NONE' || (actor.unitId != null && actor.unitId === state.unitId);
  switch (command.type) {
    case 'LogFinding':
    case 'NotifyFinding':
    case 'VerifyRectification':
    case 'ReturnRectification':
      if (actor.role === 'INSPECTOR' && onTeam) return;
      throw refuse(command, actor, "only inspectors on the inspection's team");
    case 'SubmitRectificationPlan':
    case 'ReportRectificationProgress':
    case 'RequestFindingClosure':
      // Before its notification (通报) a finding is the team's working note: to a unit it does not
      // exist yet, so the answer is the one for a finding that was never logged.
      if (actor.role === 'UNIT_OFFICER' && state.status === 'LOGGED') {
        throw notFound('FINDING_NOT_FOUND', `finding ${command.data.findingId} does not exist`, {
          findingId: command.data.findingId,
        });
      }
      if (actor.role === 'UNIT_OFFICER' && ownUnit) return;
      throw refuse(command, actor, 'only an officer of the unit the finding is against');
    case 'EscalateFinding':
      if (actor.role === 'DISTRICT_OFFICE') return;
      throw refuse(command, actor, 'only the district office escalates findings');
    case 'RemindFinding':
      if (isSystemActor(actor)) return;
      throw refuse(command, actor, 'reminders are sent automatically by the system');
    default: {
      const unexpected: never = command;
      throw refuse(unexpected, actor, 'unknown command');
    }
  }
};
