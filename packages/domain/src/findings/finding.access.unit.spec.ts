import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { SYSTEM_ACTOR } from '../shared/system-actor.js';
import { evolveInspection, initialInspectionState } from '../inspections/inspection.state.js';
import type { InspectionState } from '../inspections/inspection.state.js';
import { assertMayRunFindingCommand } from './finding.access.js';
import type { FindingCommand } from './finding.commands.js';
import { decideFinding } from './finding.decide.js';
import { evolveFinding, initialFindingState } from './finding.state.js';
import type { FindingState } from './finding.state.js';

const inspection: InspectionState = evolveInspection(initialInspectionState(), {
  type: 'InspectionOpened',
  data: {
    inspectionId: 'i-1',
    kind: 'RULE_OF_LAW',
    title: '法治督察',
    teamUserIds: ['insp-1'],
    targetUnitIds: ['yingji', 'weijian'],
    periodStart: '2024-03-01',
    periodEnd: '2024-06-30',
    filesSampled: null,
    filesSampledByUnit: [],
    openedBy: 'office-1',
    openedAt: '2024-03-01T09:00:00+08:00',
  },
});
const logged: FindingState = evolveFinding(initialFindingState(), {
  type: 'FindingLogged',
  data: {
    findingId: 'f-1',
    inspectionId: 'i-1',
    unitId: 'yingji',
    description: 'd',
    severity: 'LOW',
    category: 'c',
    evidence: [],
    rectificationDeadline: '2024-08-31',
    taskId: null,
    loggedBy: 'insp-1',
    loggedAt: '2024-07-01T10:00:00+08:00',
  },
});
const finding: FindingState = evolveFinding(logged, {
  type: 'FindingNotified',
  data: {
    findingId: 'f-1',
    inspectionId: 'i-1',
    unitId: 'yingji',
    rectificationDeadline: '2024-08-31',
    notifiedBy: 'insp-1',
    notifiedAt: '2024-07-02T10:00:00+08:00',
  },
});

const teamInspector: Actor = { userId: 'insp-1', role: 'INSPECTOR' };
const otherInspector: Actor = { userId: 'insp-9', role: 'INSPECTOR' };
const ownOfficer: Actor = { userId: 'u-1', role: 'UNIT_OFFICER', unitId: 'yingji' };
const otherOfficer: Actor = { userId: 'u-2', role: 'UNIT_OFFICER', unitId: 'weijian' };
const unboundOfficer: Actor = { userId: 'u-3', role: 'UNIT_OFFICER', unitId: null };
const office: Actor = { userId: 'office-1', role: 'DISTRICT_OFFICE' };
const leader: Actor = { userId: 'lead-1', role: 'LEADER' };
const humanAdmin: Actor = { userId: 'admin-1', role: 'SYSTEM_ADMIN' };
const everyone = [
  teamInspector,
  otherInspector,
  ownOfficer,
  otherOfficer,
  unboundOfficer,
  office,
  leader,
  humanAdmin,
  SYSTEM_ACTOR,
];

const id = { findingId: 'f-1' };
const commands: Record<FindingCommand['type'], FindingCommand> = {
  LogFinding: {
    type: 'LogFinding',
    data: {
      ...id,
      inspectionId: 'i-1',
      unitId: 'yingji',
      description: 'd',
      severity: 'LOW',
      category: 'c',
      rectificationDeadline: '2024-08-31',
    },
  },
  NotifyFinding: { type: 'NotifyFinding', data: id },
  SubmitRectificationPlan: {
    type: 'SubmitRectificationPlan',
    data: { ...id, plan: 'p', measures: ['m'], plannedCompletionDate: '2024-08-01' },
  },
  ReportRectificationProgress: {
    type: 'ReportRectificationProgress',
    data: { ...id, narrative: 'n', percent: 10 },
  },
  RequestFindingClosure: { type: 'RequestFindingClosure', data: { ...id, summary: 's', evidence: [] } },
  VerifyRectification: { type: 'VerifyRectification', data: id },
  ReturnRectification: { type: 'ReturnRectification', data: { ...id, reason: 'r' } },
  EscalateFinding: { type: 'EscalateFinding', data: { ...id, reason: 'r' } },
  RemindFinding: { type: 'RemindFinding', data: { ...id, threshold: 'OVERDUE' } },
};

const whoMay = (
  type: FindingCommand['type'],
  state: FindingState = finding,
  insp: InspectionState = inspection,
) =>
  everyone
    .filter((actor) => {
      try {
        assertMayRunFindingCommand(commands[type], state, actor, insp);
        return true;
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).errorClass).toBe('FORBIDDEN');
        return false;
      }
    })
    .map((actor) => actor.userId);

describe('who may run finding commands', () => {
  it('lets only inspectors on the team log a finding', () => {
    expect(whoMay('LogFinding', initialFindingState())).toEqual(['insp-1']);
  });

  it.each(['NotifyFinding', 'VerifyRectification', 'ReturnRectification'] as const)(
    'lets only inspectors on the team run %s',
    (type) => {
      expect(whoMay(type)).toEqual(['insp-1']);
    },
  );

  it.each(['SubmitRectificationPlan', 'ReportRectificationProgress', 'RequestFindingClosure'] as const)(
    'lets only the officer of the finding’s own unit run %s',
    (type) => {
      expect(whoMay(type)).toEqual(['u-1']);
    },
  );

  it('lets only the district office escalate', () => {
    expect(whoMay('EscalateFinding')).toEqual(['office-1']);
  });

  it('lets only the system actor send reminders, not a human administrator', () => {
    expect(whoMay('RemindFinding')).toEqual([SYSTEM_ACTOR.userId]);
  });

  it('never lets a leader run anything', () => {
    for (const type of Object.keys(commands) as FindingCommand['type'][]) {
      expect(whoMay(type)).not.toContain('lead-1');
    }
  });

  it('checks the role alone when the finding does not exist, leaving not-found to the decider', () => {
    expect(whoMay('ReportRectificationProgress', initialFindingState())).toEqual(['u-1', 'u-2', 'u-3']);
  });

  it.each(['SubmitRectificationPlan', 'ReportRectificationProgress', 'RequestFindingClosure'] as const)(
    'answers %s on a finding not yet notified with not-found to every unit officer',
    (type) => {
      for (const officer of [ownOfficer, otherOfficer, unboundOfficer]) {
        expect(() => assertMayRunFindingCommand(commands[type], logged, officer, inspection)).toThrow(
          expect.objectContaining({ code: 'FINDING_NOT_FOUND', errorClass: 'NOT_FOUND' }),
        );
      }
    },
  );

  it('makes the decider refuse before looking at the state', () => {
    expect(() =>
      decideFinding(commands.VerifyRectification, finding, {
        actor: ownOfficer,
        now: '2024-07-05T10:00:00+08:00',
        inspection,
      }),
    ).toThrow(/may not VerifyRectification/);
  });
});
