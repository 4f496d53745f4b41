import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import { SYSTEM_ACTOR } from '../shared/system-actor.js';
import { deciderSpec } from '../shared/testing/decider-spec.js';
import type { InspectionEvent } from '../inspections/inspection.events.js';
import { evolveInspection, initialInspectionState } from '../inspections/inspection.state.js';
import type { InspectionState } from '../inspections/inspection.state.js';
import type { FindingCommand } from './finding.commands.js';
import { findingDecider } from './finding.decide.js';
import type { FindingDecisionContext } from './finding.decide.js';
import type { FindingEvent } from './finding.events.js';

const inspectionEvents: InspectionEvent[] = [
  {
    type: 'InspectionOpened',
    data: {
      inspectionId: 'i-1',
      kind: 'SPECIAL',
      title: '执法专项督察',
      teamUserIds: ['insp-1', 'insp-2'],
      targetUnitIds: ['yingji', 'weijian'],
      periodStart: '2024-03-01',
      periodEnd: '2024-06-30',
      filesSampled: null,
      filesSampledByUnit: [],
      openedBy: 'office-1',
      openedAt: '2024-03-01T09:00:00+08:00',
    },
  },
];
const inspection = inspectionEvents.reduce(evolveInspection, initialInspectionState());
const closedInspection = evolveInspection(inspection, {
  type: 'InspectionClosed',
  data: {
    inspectionId: 'i-1',
    targetUnitIds: ['yingji', 'weijian'],
    remarks: null,
    closedBy: 'insp-1',
    closedAt: '2024-07-01T09:00:00+08:00',
  },
});

const inspector: Actor = { userId: 'insp-1', role: 'INSPECTOR' };
const officer: Actor = { userId: 'u-1', role: 'UNIT_OFFICER', unitId: 'yingji' };
const office: Actor = { userId: 'office-1', role: 'DISTRICT_OFFICE' };
const now = '2024-07-05T10:00:00+08:00';
const ctx = (actor: Actor, at = now, insp: InspectionState = inspection): FindingDecisionContext => ({
  actor,
  now: at,
  inspection: insp,
});
const spec = deciderSpec(findingDecider);

const ref = { findingId: 'f-1', inspectionId: 'i-1', unitId: 'yingji' };
const sha = 'a'.repeat(64);
const file = { sha256: sha, name: '整改照片.jpg', size: 1024, contentType: 'image/jpeg' };

const logged: FindingEvent = {
  type: 'FindingLogged',
  data: {
    ...ref,
    description: '执法全过程记录不完整',
    severity: 'HIGH',
    category: '执法全过程记录',
    evidence: [],
    rectificationDeadline: '2024-08-31',
    taskId: null,
    loggedBy: 'insp-1',
    loggedAt: '2024-07-01T10:00:00+08:00',
  },
};
const notified: FindingEvent = {
  type: 'FindingNotified',
  data: {
    ...ref,
    rectificationDeadline: '2024-08-31',
    notifiedBy: 'insp-1',
    notifiedAt: '2024-07-02T10:00:00+08:00',
  },
};
const planned: FindingEvent = {
  type: 'RectificationPlanSubmitted',
  data: {
    ...ref,
    plan: '完善执法记录仪使用制度',
    measures: ['配齐执法记录仪', '开展培训'],
    plannedCompletionDate: '2024-08-15',
    plannedAfterDeadline: false,
    submittedBy: 'u-1',
    submittedAt: '2024-07-03T10:00:00+08:00',
  },
};
const progressed: FindingEvent = {
  type: 'RectificationProgressReported',
  data: {
    ...ref,
    narrative: '已配齐设备',
    percent: 60,
    previousPercent: 0,
    evidence: [],
    reportedBy: 'u-1',
    reportedAt: '2024-07-04T10:00:00+08:00',
  },
};
const closureRequested: FindingEvent = {
  type: 'FindingClosureRequested',
  data: {
    ...ref,
    summary: '整改完成',
    evidence: [file],
    requestedBy: 'u-1',
    requestedAt: '2024-07-04T11:00:00+08:00',
  },
};
const returned: FindingEvent = {
  type: 'RectificationReturned',
  data: { ...ref, reason: '佐证材料不足', returnedBy: 'insp-1', returnedAt: '2024-07-04T12:00:00+08:00' },
};
const verified: FindingEvent = {
  type: 'RectificationVerified',
  data: {
    ...ref,
    remarks: null,
    rectificationDeadline: '2024-08-31',
    onTime: true,
    verifiedBy: 'insp-1',
    closedAt: '2024-07-04T12:00:00+08:00',
  },
};
const escalated: FindingEvent = {
  type: 'FindingEscalated',
  data: {
    ...ref,
    reason: '久拖未改',
    status: 'NOTIFIED',
    rectificationDeadline: '2024-08-31',
    escalatedBy: 'office-1',
    escalatedAt: now,
  },
};
const remindedDue: FindingEvent = {
  type: 'FindingReminded',
  data: {
    ...ref,
    threshold: 'DUE_IN_N_DAYS',
    days: 7,
    rectificationDeadline: '2024-08-31',
    remindedAt: '2024-08-25T09:00:00+08:00',
  },
};

const rectifying = [logged, notified, planned];
const awaiting = [...rectifying, closureRequested];
const closed = [...awaiting, verified];

type Data<T extends FindingCommand['type']> = Extract<FindingCommand, { type: T }>['data'];
const log = (data: Partial<Data<'LogFinding'>> = {}): FindingCommand => ({
  type: 'LogFinding',
  data: {
    ...ref,
    description: ' 执法全过程记录不完整 ',
    severity: 'HIGH',
    category: '执法全过程记录',
    rectificationDeadline: '2024-08-31',
    ...data,
  },
});
const notify: FindingCommand = { type: 'NotifyFinding', data: { findingId: 'f-1' } };
const plan = (data: Partial<Data<'SubmitRectificationPlan'>> = {}): FindingCommand => ({
  type: 'SubmitRectificationPlan',
  data: {
    findingId: 'f-1',
    plan: '完善执法记录仪使用制度',
    measures: ['配齐执法记录仪', '开展培训'],
    plannedCompletionDate: '2024-08-15',
    ...data,
  },
});
const progress = (data: Partial<Data<'ReportRectificationProgress'>> = {}): FindingCommand => ({
  type: 'ReportRectificationProgress',
  data: { findingId: 'f-1', narrative: '已配齐设备', percent: 60, ...data },
});
const requestClosure = (data: Partial<Data<'RequestFindingClosure'>> = {}): FindingCommand => ({
  type: 'RequestFindingClosure',
  data: { findingId: 'f-1', summary: '整改完成', evidence: [file], ...data },
});
const verify: FindingCommand = {
  type: 'VerifyRectification',
  data: { findingId: 'f-1', remarks: '材料齐全' },
};
const giveBack = (reason = '佐证材料不足'): FindingCommand => ({
  type: 'ReturnRectification',
  data: { findingId: 'f-1', reason },
});
const escalate = (reason = '久拖未改'): FindingCommand => ({
  type: 'EscalateFinding',
  data: { findingId: 'f-1', reason },
});
const remind = (threshold: string, days?: number | null): FindingCommand => ({
  type: 'RemindFinding',
  data: { findingId: 'f-1', threshold: threshold as 'OVERDUE', days },
});

describe('logging a finding', () => {
  it('logs a finding against a target unit of an open inspection', () => {
    spec
      .given([])
      .when(log({ evidence: [{ ...file, sha256: sha.toUpperCase() }], taskId: 't-7' }), ctx(inspector))
      .then([
        {
          type: 'FindingLogged',
          data: {
            ...ref,
            description: '执法全过程记录不完整',
            severity: 'HIGH',
            category: '执法全过程记录',
            evidence: [file],
            rectificationDeadline: '2024-08-31',
            taskId: 't-7',
            loggedBy: 'insp-1',
            loggedAt: now,
          },
        },
      ]);
  });

  it('accepts a deadline of today', () => {
    expect(
      spec
        .given([])
        .when(log({ rectificationDeadline: '2024-07-05' }), ctx(inspector))
        .events(),
    ).toHaveLength(1);
  });

  it('refuses to log the same finding twice', () => {
    spec.given([logged]).when(log(), ctx(inspector)).thenThrows('FINDING_ALREADY_EXISTS', 'INVALID_STATE');
  });

  it('refuses a finding of an inspection that does not exist', () => {
    spec
      .given([])
      .when(log(), ctx(inspector, now, initialInspectionState()))
      .thenThrows('INSPECTION_NOT_FOUND', 'NOT_FOUND');
  });

  it('refuses when the inspection handed in is not the one the finding names', () => {
    spec
      .given([])
      .when(log({ inspectionId: 'i-2' }), ctx(inspector))
      .thenThrows('INSPECTION_MISMATCH');
  });

  it('refuses a finding on a closed inspection', () => {
    spec
      .given([])
      .when(log(), ctx(inspector, now, closedInspection))
      .thenThrows('INSPECTION_CLOSED', 'INVALID_STATE');
  });

  it('refuses a finding against a unit the inspection does not target', () => {
    spec
      .given([])
      .when(log({ unitId: 'jiaoyu' }), ctx(inspector))
      .thenThrows('UNIT_NOT_TARGETED', 'VALIDATION');
  });

  it.each([
    ['an unknown severity', { severity: 'CRITICAL' as never }],
    ['an empty description', { description: '' }],
    ['an empty category', { category: ' ' }],
    ['a deadline that is not a date', { rectificationDeadline: '31/08/2024' }],
    ['a deadline already past', { rectificationDeadline: '2024-07-04' }],
    ['a deadline at the end of time', { rectificationDeadline: '9999-12-31' }],
    ['a deadline more than ten years ahead', { rectificationDeadline: '2034-07-06' }],
    ['a deadline on a day that does not exist', { rectificationDeadline: '2024-09-31' }],
    ['evidence without a valid hash', { evidence: [{ ...file, sha256: 'abc' }] }],
    ['the same file attached twice', { evidence: [file, file] }],
  ])('refuses a finding with %s', (_case, data) => {
    spec.given([]).when(log(data), ctx(inspector)).thenThrows('VALIDATION', 'VALIDATION');
  });
});

describe('every command but LogFinding', () => {
  it.each([notify, plan(), progress(), requestClosure(), verify, giveBack(), escalate(), remind('OVERDUE')])(
    'refuses $type on a finding that does not exist',
    (command) => {
      const who: Actor = [
        'SubmitRectificationPlan',
        'ReportRectificationProgress',
        'RequestFindingClosure',
      ].includes(command.type)
        ? officer
        : command.type === 'EscalateFinding'
          ? office
          : command.type === 'RemindFinding'
            ? SYSTEM_ACTOR
            : inspector;
      spec.given([]).when(command, ctx(who)).thenThrows('FINDING_NOT_FOUND', 'NOT_FOUND');
    },
  );

  it.each([plan(), progress(), requestClosure()])(
    'answers $type on a finding not yet notified as on one that does not exist, to any unit officer',
    (command) => {
      const stranger: Actor = { userId: 'u-9', role: 'UNIT_OFFICER', unitId: 'other-unit' };
      spec.given([logged]).when(command, ctx(officer)).thenThrows('FINDING_NOT_FOUND', 'NOT_FOUND');
      spec.given([logged]).when(command, ctx(stranger)).thenThrows('FINDING_NOT_FOUND', 'NOT_FOUND');
    },
  );

  it('refuses when the handler loaded another inspection than the finding’s', () => {
    const other = evolveInspection(initialInspectionState(), {
      ...inspectionEvents[0],
      data: {
        ...(inspectionEvents[0] as Extract<InspectionEvent, { type: 'InspectionOpened' }>).data,
        inspectionId: 'i-2',
      },
    } as InspectionEvent);
    spec
      .given([logged])
      .when(notify, ctx(inspector, now, other))
      .thenThrows('INSPECTION_MISMATCH', 'INVALID_STATE');
  });
});

describe('notifying a finding (通报)', () => {
  it('notifies a logged finding to its unit', () => {
    spec
      .given([logged])
      .when(notify, ctx(inspector))
      .then([
        {
          type: 'FindingNotified',
          data: { ...ref, rectificationDeadline: '2024-08-31', notifiedBy: 'insp-1', notifiedAt: now },
        },
      ]);
  });

  it('notifies even after the inspection is closed, since rectification outlives the fieldwork', () => {
    expect(
      spec
        .given([logged])
        .when(notify, ctx(inspector, now, closedInspection))
        .events(),
    ).toHaveLength(1);
  });

  it.each([
    ['notified', [logged, notified]],
    ['rectifying', rectifying],
  ])('refuses to notify a finding that is already %s', (_case, history) => {
    spec.given(history).when(notify, ctx(inspector)).thenThrows('FINDING_ALREADY_NOTIFIED', 'INVALID_STATE');
  });

  it('refuses to notify a closed finding', () => {
    spec.given(closed).when(notify, ctx(inspector)).thenThrows('FINDING_CLOSED');
  });
});

describe('submitting a rectification plan (整改方案)', () => {
  it('moves a notified finding to rectifying with the plan, measures and planned date', () => {
    spec
      .given([logged, notified])
      .when(plan(), ctx(officer))
      .then([
        {
          type: 'RectificationPlanSubmitted',
          data: {
            ...ref,
            plan: '完善执法记录仪使用制度',
            measures: ['配齐执法记录仪', '开展培训'],
            plannedCompletionDate: '2024-08-15',
            plannedAfterDeadline: false,
            submittedBy: 'u-1',
            submittedAt: now,
          },
        },
      ]);
  });

  it('flags a plan that finishes after the deadline', () => {
    const [event] = spec
      .given([logged, notified])
      .when(plan({ plannedCompletionDate: '2024-09-30' }), ctx(officer))
      .events();
    expect(event?.type === 'RectificationPlanSubmitted' && event.data.plannedAfterDeadline).toBe(true);
  });

  it('answers a unit officer about a finding not yet notified as if it did not exist', () => {
    spec.given([logged]).when(plan(), ctx(officer)).thenThrows('FINDING_NOT_FOUND', 'NOT_FOUND');
  });

  it.each([
    ['rectifying', rectifying],
    ['awaiting verification', awaiting],
  ])('refuses a second plan while %s', (_case, history) => {
    spec.given(history).when(plan(), ctx(officer)).thenThrows('RECTIFICATION_PLAN_ALREADY_SUBMITTED');
  });

  it('refuses a plan for a closed finding', () => {
    spec.given(closed).when(plan(), ctx(officer)).thenThrows('FINDING_CLOSED');
  });

  it.each([
    ['no measures', { measures: [] }],
    ['a measure repeated', { measures: ['开展培训', '开展培训'] }],
    ['an empty plan', { plan: '' }],
    ['a planned date already past', { plannedCompletionDate: '2024-07-01' }],
  ])('refuses a plan with %s', (_case, data) => {
    spec.given([logged, notified]).when(plan(data), ctx(officer)).thenThrows('VALIDATION');
  });
});

describe('reporting rectification progress', () => {
  it('records progress with the percentage before and after', () => {
    spec
      .given(rectifying)
      .when(progress({ evidence: [file] }), ctx(officer))
      .then([
        {
          type: 'RectificationProgressReported',
          data: {
            ...ref,
            narrative: '已配齐设备',
            percent: 60,
            previousPercent: 0,
            evidence: [file],
            reportedBy: 'u-1',
            reportedAt: now,
          },
        },
      ]);
  });

  it('accepts any number of reports, each starting from the last percentage', () => {
    const [event] = spec
      .given([...rectifying, progressed])
      .when(progress({ percent: 80 }), ctx(officer))
      .events();
    expect(
      event?.type === 'RectificationProgressReported' && [event.data.previousPercent, event.data.percent],
    ).toEqual([60, 80]);
  });

  it('accepts progress again after a closure request was returned', () => {
    expect(
      spec
        .given([...awaiting, returned])
        .when(progress(), ctx(officer))
        .events(),
    ).toHaveLength(1);
  });

  it.each([
    ['notified', [logged, notified]],
    ['awaiting verification', awaiting],
  ])('refuses progress on a finding that is %s', (_case, history) => {
    spec.given(history).when(progress(), ctx(officer)).thenThrows('FINDING_NOT_RECTIFYING', 'INVALID_STATE');
  });

  it('refuses progress on a closed finding', () => {
    spec.given(closed).when(progress(), ctx(officer)).thenThrows('FINDING_CLOSED');
  });

  it.each([
    ['above 100 percent', { percent: 101 }],
    ['below 0 percent', { percent: -1 }],
    ['a fractional percentage', { percent: 50.5 }],
    ['an empty narrative', { narrative: '' }],
  ])('refuses progress %s', (_case, data) => {
    spec.given(rectifying).when(progress(data), ctx(officer)).thenThrows('VALIDATION');
  });
});

describe('requesting closure (申请销号)', () => {
  it('moves a rectifying finding to awaiting verification with its evidence', () => {
    spec
      .given(rectifying)
      .when(requestClosure(), ctx(officer))
      .then([
        {
          type: 'FindingClosureRequested',
          data: { ...ref, summary: '整改完成', evidence: [file], requestedBy: 'u-1', requestedAt: now },
        },
      ]);
  });

  it('refuses a closure request without evidence', () => {
    spec
      .given(rectifying)
      .when(requestClosure({ evidence: [] }), ctx(officer))
      .thenThrows('EVIDENCE_REQUIRED', 'VALIDATION');
  });

  it('refuses a closure request without a summary', () => {
    spec
      .given(rectifying)
      .when(requestClosure({ summary: ' ' }), ctx(officer))
      .thenThrows('VALIDATION');
  });

  it.each([
    ['notified', [logged, notified]],
    ['awaiting verification', awaiting],
  ])('refuses a closure request on a finding that is %s', (_case, history) => {
    spec.given(history).when(requestClosure(), ctx(officer)).thenThrows('FINDING_NOT_RECTIFYING');
  });

  it('refuses a closure request on a closed finding', () => {
    spec.given(closed).when(requestClosure(), ctx(officer)).thenThrows('FINDING_CLOSED');
  });
});

describe('verifying rectification (验收销号)', () => {
  it('closes the finding on time when verified by the deadline day', () => {
    spec
      .given(awaiting)
      .when(verify, ctx(inspector, '2024-08-31T23:00:00+08:00'))
      .then([
        {
          type: 'RectificationVerified',
          data: {
            ...ref,
            remarks: '材料齐全',
            rectificationDeadline: '2024-08-31',
            onTime: true,
            verifiedBy: 'insp-1',
            closedAt: '2024-08-31T23:00:00+08:00',
          },
        },
      ]);
  });

  it('closes the finding late when verified after the deadline day', () => {
    const [event] = spec.given(awaiting).when(verify, ctx(inspector, '2024-09-01T00:10:00+08:00')).events();
    expect(event?.type === 'RectificationVerified' && event.data.onTime).toBe(false);
  });

  it('refuses to verify a finding not awaiting verification', () => {
    spec
      .given(rectifying)
      .when(verify, ctx(inspector))
      .thenThrows('FINDING_NOT_AWAITING_VERIFICATION', 'INVALID_STATE');
  });

  it('refuses to verify a finding twice', () => {
    spec.given(closed).when(verify, ctx(inspector)).thenThrows('FINDING_CLOSED');
  });
});

describe('returning rectification (退回)', () => {
  it('sends a finding awaiting verification back to rectifying with the reason', () => {
    spec
      .given(awaiting)
      .when(giveBack(), ctx(inspector))
      .then([
        {
          type: 'RectificationReturned',
          data: { ...ref, reason: '佐证材料不足', returnedBy: 'insp-1', returnedAt: now },
        },
      ]);
  });

  it('refuses a return without a reason', () => {
    spec.given(awaiting).when(giveBack(''), ctx(inspector)).thenThrows('VALIDATION');
  });

  it('refuses to return a finding not awaiting verification', () => {
    spec
      .given([...awaiting, returned])
      .when(giveBack(), ctx(inspector))
      .thenThrows('FINDING_NOT_AWAITING_VERIFICATION');
  });

  it('refuses to return a closed finding', () => {
    spec.given(closed).when(giveBack(), ctx(inspector)).thenThrows('FINDING_CLOSED');
  });
});

describe('escalating a finding (挂牌督办)', () => {
  it.each([
    ['LOGGED', [logged]],
    ['NOTIFIED', [logged, notified]],
    ['RECTIFYING', rectifying],
    ['AWAITING_VERIFICATION', awaiting],
  ])('escalates a finding that is %s and records that status', (status, history) => {
    spec
      .given(history)
      .when(escalate(), ctx(office))
      .then([
        {
          type: 'FindingEscalated',
          data: {
            ...ref,
            reason: '久拖未改',
            status: status as 'LOGGED',
            rectificationDeadline: '2024-08-31',
            escalatedBy: 'office-1',
            escalatedAt: now,
          },
        },
      ]);
  });

  it('refuses to escalate a finding twice', () => {
    spec
      .given([logged, notified, escalated])
      .when(escalate(), ctx(office))
      .thenThrows('FINDING_ALREADY_ESCALATED', 'INVALID_STATE');
  });

  it('refuses to escalate a closed finding', () => {
    spec.given(closed).when(escalate(), ctx(office)).thenThrows('FINDING_CLOSED');
  });

  it('refuses an escalation without a reason', () => {
    spec.given([logged]).when(escalate(' '), ctx(office)).thenThrows('VALIDATION');
  });
});

describe('automatic reminders', () => {
  const system = (at: string) => ctx(SYSTEM_ACTOR, at);

  it('reminds once the deadline is within the configured number of days', () => {
    spec
      .given(rectifying)
      .when(remind('DUE_IN_N_DAYS', 7), system('2024-08-24T09:00:00+08:00'))
      .then([
        {
          type: 'FindingReminded',
          data: {
            ...ref,
            threshold: 'DUE_IN_N_DAYS',
            days: 7,
            rectificationDeadline: '2024-08-31',
            remindedAt: '2024-08-24T09:00:00+08:00',
          },
        },
      ]);
  });

  it('reminds a finding that is overdue', () => {
    spec
      .given([logged, notified])
      .when(remind('OVERDUE'), system('2024-09-01T09:00:00+08:00'))
      .then([
        {
          type: 'FindingReminded',
          data: {
            ...ref,
            threshold: 'OVERDUE',
            days: null,
            rectificationDeadline: '2024-08-31',
            remindedAt: '2024-09-01T09:00:00+08:00',
          },
        },
      ]);
  });

  it('sends each threshold exactly once', () => {
    spec
      .given([...rectifying, remindedDue])
      .when(remind('DUE_IN_N_DAYS', 7), system('2024-08-26T09:00:00+08:00'))
      .thenThrows('REMINDER_ALREADY_SENT', 'INVALID_STATE');
  });

  it('still sends the overdue reminder after the due-soon one', () => {
    expect(
      spec
        .given([...rectifying, remindedDue])
        .when(remind('OVERDUE'), system('2024-09-02T09:00:00+08:00'))
        .events(),
    ).toHaveLength(1);
  });

  it.each([
    ['a due-soon reminder too early', 'DUE_IN_N_DAYS', 7, '2024-08-23T09:00:00+08:00'],
    ['a due-soon reminder once already overdue', 'DUE_IN_N_DAYS', 7, '2024-09-01T09:00:00+08:00'],
    ['an overdue reminder on the deadline day', 'OVERDUE', null, '2024-08-31T23:59:00+08:00'],
  ])('refuses %s', (_case, threshold, days, at) => {
    spec
      .given(rectifying)
      .when(remind(threshold, days), system(at))
      .thenThrows('REMINDER_NOT_DUE', 'INVALID_STATE');
  });

  it('refuses to remind a unit of a finding it has not been notified of', () => {
    spec
      .given([logged])
      .when(remind('OVERDUE'), system('2024-09-01T09:00:00+08:00'))
      .thenThrows('FINDING_NOT_NOTIFIED');
  });

  it('refuses to remind about a closed finding', () => {
    spec
      .given(closed)
      .when(remind('OVERDUE'), system('2024-09-01T09:00:00+08:00'))
      .thenThrows('FINDING_CLOSED');
  });

  it.each([
    ['an unknown threshold', 'DUE_TOMORROW', 7],
    ['a due-soon reminder without its number of days', 'DUE_IN_N_DAYS', null],
    ['a due-soon reminder of zero days', 'DUE_IN_N_DAYS', 0],
  ])('refuses %s', (_case, threshold, days) => {
    spec
      .given(rectifying)
      .when(remind(threshold, days), system('2024-08-30T09:00:00+08:00'))
      .thenThrows('VALIDATION');
  });
});
