import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import { contextOf, testActors } from '../shared/testing/actors.js';
import { deciderSpec } from '../shared/testing/decider-spec.js';
import type { IndicatorSet } from '../indicators/indicator.types.js';
import { indicatorSetWithKinds } from '../indicators/indicator-kind.js';
import type { TaskCommand } from './task.commands.js';
import { taskDecider } from './task.decide.js';
import { evolveTask, initialTaskState } from './task.state.js';
import type { TaskEvent } from './task.events.js';
import { taskStream } from './task.stream.js';

const NOW = '2024-03-01T09:00:00+08:00';
const LATER = '2024-04-01T09:00:00+08:00';
const DEADLINE = '2024-06-30';
const LEAD = 'sfj';
const COOP = 'gaj';
const OTHER_COOP = 'scjgj';
const NEW_LEAD = 'zfj';
const SHA = 'a'.repeat(64);

const office = contextOf(testActors.office, NOW);
const officerOf = (unitId: string, now = NOW) => contextOf(testActors.officerOf(unitId), now);
const system = (now: string) => contextOf(testActors.system, now);
const spec = deciderSpec(taskDecider);

const INDICATORS: IndicatorSet = {
  indicators: [
    {
      id: 'matters',
      name: '录入双随机监管事项',
      unitOfMeasure: '件',
      target: null,
      partOf: null,
      sumOf: null,
    },
    {
      id: 'joint',
      name: '联合部门检查事项',
      unitOfMeasure: '件',
      target: null,
      partOf: 'matters',
      sumOf: null,
    },
    {
      id: 'accepted',
      name: '受理人民调解案件',
      unitOfMeasure: '起',
      target: null,
      partOf: null,
      sumOf: null,
    },
    { id: 'settled', name: '成功调解', unitOfMeasure: '起', target: null, partOf: 'accepted', sumOf: null },
    {
      id: 'checks',
      name: '执法检查',
      unitOfMeasure: '家次',
      target: 500,
      partOf: null,
      sumOf: ['enterprises', 'selfEmployed'],
    },
    { id: 'enterprises', name: '企业', unitOfMeasure: '家次', target: null, partOf: null, sumOf: null },
    { id: 'selfEmployed', name: '个体户', unitOfMeasure: '家次', target: null, partOf: null, sumOf: null },
  ],
  rates: [{ id: 'successRate', name: '调解成功率', numerator: 'settled', denominator: 'accepted' }],
};
const REF = { taskId: 't1', listId: 'l24', area: '行政执法', title: '推进双随机一公开监管' };
const CONTENT = {
  area: REF.area,
  title: REF.title,
  description: '严格落实联合抽查制度',
  leadUnitId: LEAD,
  cooperatingUnitIds: [COOP, OTHER_COOP],
  deadline: DEADLINE,
  indicators: INDICATORS,
};

const drafted: TaskEvent = {
  type: 'TaskDrafted',
  data: { taskId: 't1', listId: 'l24', ...CONTENT, draftedAt: NOW },
};
/** The same draft as recorded since kinds exist: every indicator's kind and scale spelled out. */
const draftedWithKinds: TaskEvent = {
  type: 'TaskDrafted',
  data: {
    taskId: 't1',
    listId: 'l24',
    ...CONTENT,
    indicators: indicatorSetWithKinds(INDICATORS),
    draftedAt: NOW,
  },
};
const assigned: TaskEvent = {
  type: 'TaskAssigned',
  data: {
    ...REF,
    description: CONTENT.description,
    leadUnitId: LEAD,
    cooperatingUnitIds: [COOP, OTHER_COOP],
    deadline: DEADLINE,
    indicators: INDICATORS,
    assignedAt: NOW,
  },
};
const acknowledged = (unitId: string, lead = LEAD): TaskEvent => ({
  type: 'TaskAcknowledged',
  data: {
    ...REF,
    unitId,
    unitRole: unitId === lead ? 'LEAD' : 'COOPERATING',
    leadUnitId: lead,
    acknowledgedAt: NOW,
  },
});
const reported = (percent: number, figures: Record<string, number> = {}, unitId = LEAD): TaskEvent => ({
  type: 'TaskProgressReported',
  data: {
    ...REF,
    unitId,
    unitRole: unitId === LEAD ? 'LEAD' : 'COOPERATING',
    leadUnitId: LEAD,
    percent,
    narrative: '进展',
    figures,
    figuresToDate: figures,
    rates: [],
    evidence: [],
    reportedAt: NOW,
  },
});
const completionRequested = (at = LATER): TaskEvent => ({
  type: 'TaskCompletionRequested',
  data: { ...REF, leadUnitId: LEAD, summary: '已完成', evidence: [], deadline: DEADLINE, requestedAt: at },
});
const accepted: TaskEvent = {
  type: 'TaskAccepted',
  data: {
    ...REF,
    leadUnitId: LEAD,
    cooperatingUnitIds: [COOP, OTHER_COOP],
    deadline: DEADLINE,
    completionRequestedAt: LATER,
    completedAt: LATER,
    onTime: true,
    comment: null,
  },
};
const handoffRequested = (previousStatus: 'ASSIGNED' | 'IN_PROGRESS', toUnitId = NEW_LEAD): TaskEvent => ({
  type: 'HandoffRequested',
  data: { ...REF, fromUnitId: LEAD, toUnitId, reason: '职责调整', previousStatus, requestedAt: NOW },
});
const handoffApproved = (toUnitId = NEW_LEAD): TaskEvent => ({
  type: 'HandoffApproved',
  data: {
    ...REF,
    fromUnitId: LEAD,
    toUnitId,
    cooperatingUnitIds: [COOP, OTHER_COOP].filter((unitId) => unitId !== toUnitId),
    deadline: DEADLINE,
    comment: null,
    approvedAt: NOW,
  },
});
const extensionRequested: TaskEvent = {
  type: 'ExtensionRequested',
  data: {
    ...REF,
    leadUnitId: LEAD,
    currentDeadline: DEADLINE,
    requestedDeadline: '2024-09-30',
    reason: '汛期影响',
    requestedAt: NOW,
  },
};
const extensionApproved: TaskEvent = {
  type: 'ExtensionApproved',
  data: {
    ...REF,
    leadUnitId: LEAD,
    oldDeadline: DEADLINE,
    newDeadline: '2024-09-30',
    comment: null,
    approvedAt: NOW,
  },
};
const cancelled: TaskEvent = {
  type: 'TaskCancelled',
  data: {
    ...REF,
    leadUnitId: LEAD,
    cooperatingUnitIds: [COOP, OTHER_COOP],
    previousStatus: 'IN_PROGRESS',
    reason: '上级部署调整',
    cancelledAt: NOW,
  },
};
const removed: TaskEvent = {
  type: 'TaskRemoved',
  data: { ...REF, leadUnitId: LEAD, reason: null, removedAt: NOW },
};

const ISSUED = [drafted, assigned];
const IN_PROGRESS = [...ISSUED, acknowledged(LEAD)];
const AWAITING_REVIEW = [...IN_PROGRESS, completionRequested()];
const COMPLETED = [...AWAITING_REVIEW, accepted];
const HANDOFF_PENDING = [...IN_PROGRESS, handoffRequested('IN_PROGRESS')];

const stateOf = (history: TaskEvent[]) => history.reduce(taskDecider.evolve, taskDecider.initialState());

const draftCommand = (
  data: Partial<Extract<TaskCommand, { type: 'DraftTask' }>['data']> = {},
): TaskCommand => ({
  type: 'DraftTask',
  data: { taskId: 't1', listId: 'l24', ...CONTENT, ...data },
});
const report = (
  data: Partial<Extract<TaskCommand, { type: 'ReportTaskProgress' }>['data']> = {},
): TaskCommand => ({
  type: 'ReportTaskProgress',
  data: { taskId: 't1', unitId: LEAD, percent: 50, narrative: '进展', ...data },
});

describe('task stream', () => {
  it('is named task-<id>', () => {
    expect(taskStream('t1')).toBe('task-t1');
  });
});

describe('drafting a task', () => {
  it('drafts a task with its units, deadline and indicators', () => {
    spec.given([]).when(draftCommand(), office).then([draftedWithKinds]);
  });

  it('records no edit when a task drafted before kinds existed is sent back with the same indicators', () => {
    spec
      .given([drafted])
      .when({ type: 'EditTask', data: { taskId: 't1', indicators: INDICATORS } }, office)
      .then([]);
  });

  it('fills absent cooperating units and indicators with empty lists', () => {
    const [event] = spec
      .given([])
      .when(draftCommand({ cooperatingUnitIds: undefined, indicators: undefined }), office)
      .events();
    expect(event).toMatchObject({
      data: { cooperatingUnitIds: [], indicators: { indicators: [], rates: [] } },
    });
  });

  it('refuses a task that already exists', () => {
    spec.given([drafted]).when(draftCommand(), office).thenThrows('TASK_ALREADY_EXISTS', 'INVALID_STATE');
  });

  it('refuses a lead unit that is also listed as cooperating', () => {
    spec
      .given([])
      .when(draftCommand({ cooperatingUnitIds: [LEAD] }), office)
      .thenThrows('LEAD_ALSO_COOPERATING', 'VALIDATION');
  });

  it.each([
    ['an impossible deadline', { deadline: '2024-02-30' }],
    ['a deadline at the end of time', { deadline: '9999-12-31' }],
    ['a deadline that is not a date', { deadline: '30/06/2024' }],
    ['an empty title', { title: '' }],
    ['an over-long title', { title: '题'.repeat(201) }],
    ['an empty description', { description: ' ' }],
    ['a repeated cooperating unit', { cooperatingUnitIds: [COOP, COOP] }],
  ])('refuses %s', (_label, patch) => {
    spec.given([]).when(draftCommand(patch), office).thenThrows('VALIDATION', 'VALIDATION');
  });

  it('refuses indicator definitions that reference nothing', () => {
    spec
      .given([])
      .when(
        draftCommand({
          indicators: { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', partOf: 'x' }], rates: [] },
        }),
        office,
      )
      .thenThrows('INDICATOR_DEFINITION_INVALID');
  });

  it('refuses a decision without a valid clock reading', () => {
    spec.given([]).when(draftCommand(), contextOf(testActors.office, 'yesterday')).thenThrows('VALIDATION');
  });

  it('lets only the district office draft', () => {
    spec.given([]).when(draftCommand(), officerOf(LEAD)).thenThrows('FORBIDDEN', 'FORBIDDEN');
    spec.given([]).when(draftCommand(), contextOf(testActors.admin, NOW)).thenThrows('FORBIDDEN');
  });
});

describe('editing and removing a drafted task', () => {
  it('records the new content, the changed fields and their previous values', () => {
    spec
      .given([drafted])
      .when(
        { type: 'EditTask', data: { taskId: 't1', deadline: '2024-07-31', leadUnitId: NEW_LEAD } },
        office,
      )
      .then([
        {
          type: 'TaskEdited',
          data: {
            taskId: 't1',
            listId: 'l24',
            ...CONTENT,
            leadUnitId: NEW_LEAD,
            deadline: '2024-07-31',
            changedFields: ['leadUnitId', 'deadline'],
            previous: { leadUnitId: LEAD, deadline: DEADLINE },
            editedAt: NOW,
          },
        },
      ]);
  });

  it('decides nothing for an edit that changes nothing', () => {
    spec
      .given([drafted])
      .when({ type: 'EditTask', data: { taskId: 't1', title: REF.title, indicators: INDICATORS } }, office)
      .then([]);
  });

  it('refuses an edit making a cooperating unit the lead without removing it from cooperation', () => {
    spec
      .given([drafted])
      .when({ type: 'EditTask', data: { taskId: 't1', leadUnitId: COOP } }, office)
      .thenThrows('LEAD_ALSO_COOPERATING');
  });

  it('refuses to edit an issued or missing task', () => {
    spec
      .given(ISSUED)
      .when({ type: 'EditTask', data: { taskId: 't1', title: 'x' } }, office)
      .thenThrows('TASK_NOT_DRAFT', 'INVALID_STATE');
    spec
      .given([])
      .when({ type: 'EditTask', data: { taskId: 't1', title: 'x' } }, office)
      .thenThrows('TASK_NOT_FOUND', 'NOT_FOUND');
  });

  it('removes a drafted task', () => {
    spec
      .given([drafted])
      .when({ type: 'RemoveTask', data: { taskId: 't1' } }, office)
      .then([removed]);
  });

  it('refuses to remove an issued task (cancel it instead)', () => {
    spec
      .given(ISSUED)
      .when({ type: 'RemoveTask', data: { taskId: 't1' } }, office)
      .thenThrows('TASK_NOT_DRAFT');
  });
});

describe('withdrawing a removal that lost to the issue of its list', () => {
  const withdraw: TaskCommand = { type: 'WithdrawTaskRemoval', data: { taskId: 't1', reason: '清单已印发' } };
  const withdrawn: TaskEvent = {
    type: 'TaskRemovalWithdrawn',
    data: { ...REF, leadUnitId: LEAD, reason: '清单已印发', withdrawnAt: NOW },
  };

  it('makes the removed task a draft again, which issuing then assigns', () => {
    spec.given([drafted, removed]).when(withdraw, office).then([withdrawn]);
    spec
      .given([drafted, removed, withdrawn])
      .when({ type: 'IssueTask', data: { taskId: 't1' } }, office)
      .then([assigned]);
  });

  it('refuses a task that is not removed (a removal already withdrawn, or never made)', () => {
    spec
      .given([drafted, removed, withdrawn])
      .when(withdraw, office)
      .thenThrows('TASK_NOT_REMOVED', 'INVALID_STATE');
    spec.given(ISSUED).when(withdraw, office).thenThrows('TASK_NOT_REMOVED');
    spec.given([]).when(withdraw, office).thenThrows('TASK_NOT_FOUND');
  });

  it('requires a reason and the district office', () => {
    spec
      .given([drafted, removed])
      .when({ type: 'WithdrawTaskRemoval', data: { taskId: 't1', reason: ' ' } }, office)
      .thenThrows('VALIDATION');
    spec.given([drafted, removed]).when(withdraw, officerOf(LEAD)).thenThrows('FORBIDDEN');
  });
});

describe('issuing a task', () => {
  it('assigns the drafted task to its units', () => {
    spec
      .given([drafted])
      .when({ type: 'IssueTask', data: { taskId: 't1' } }, office)
      .then([assigned]);
  });

  it('treats issuing an issued task again as done, at any later stage', () => {
    spec
      .given(ISSUED)
      .when({ type: 'IssueTask', data: { taskId: 't1' } }, office)
      .then([]);
    spec
      .given(COMPLETED)
      .when({ type: 'IssueTask', data: { taskId: 't1' } }, office)
      .then([]);
  });

  it('refuses to issue a removed or missing task', () => {
    spec
      .given([drafted, removed])
      .when({ type: 'IssueTask', data: { taskId: 't1' } }, office)
      .thenThrows('TASK_NOT_DRAFT');
    spec
      .given([])
      .when({ type: 'IssueTask', data: { taskId: 't1' } }, office)
      .thenThrows('TASK_NOT_FOUND');
  });
});

describe('acknowledging (签收)', () => {
  it('moves the task to in progress when the lead acknowledges', () => {
    spec
      .given(ISSUED)
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: LEAD } }, officerOf(LEAD))
      .then([acknowledged(LEAD)]);
    expect(stateOf(IN_PROGRESS).status).toBe('IN_PROGRESS');
  });

  it('records a cooperating unit’s acknowledgement without moving the task', () => {
    spec
      .given(ISSUED)
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: COOP } }, officerOf(COOP))
      .then([acknowledged(COOP)]);
    expect(stateOf([...ISSUED, acknowledged(COOP)]).status).toBe('ASSIGNED');
  });

  it('lets a cooperating unit acknowledge after the lead has started', () => {
    spec
      .given(IN_PROGRESS)
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: COOP } }, officerOf(COOP))
      .then([acknowledged(COOP)]);
  });

  it('refuses a second acknowledgement by the same unit', () => {
    spec
      .given(IN_PROGRESS)
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: LEAD } }, officerOf(LEAD))
      .thenThrows('TASK_ALREADY_ACKNOWLEDGED');
    spec
      .given([...ISSUED, acknowledged(COOP)])
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: COOP } }, officerOf(COOP))
      .thenThrows('TASK_ALREADY_ACKNOWLEDGED');
  });

  it('refuses acknowledgement before issue or while a handoff is pending', () => {
    spec
      .given([drafted])
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: LEAD } }, officerOf(LEAD))
      .thenThrows('TASK_NOT_ASSIGNED');
    spec
      .given([drafted])
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: COOP } }, officerOf(COOP))
      .thenThrows('TASK_NOT_OPEN');
    spec
      .given([...ISSUED, handoffRequested('ASSIGNED')])
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: LEAD } }, officerOf(LEAD))
      .thenThrows('TASK_NOT_ASSIGNED');
  });

  it('refuses a cooperating acknowledgement once the task is closed', () => {
    spec
      .given(COMPLETED)
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: COOP } }, officerOf(COOP))
      .thenThrows('TASK_NOT_OPEN');
  });

  it('refuses an officer acknowledging for another unit or for a unit not on the task', () => {
    spec
      .given(ISSUED)
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: LEAD } }, officerOf(COOP))
      .thenThrows('FORBIDDEN');
    spec
      .given(ISSUED)
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: 'xyz' } }, officerOf('xyz'))
      .thenThrows('FORBIDDEN');
  });

  it('refuses the office acknowledging on a unit’s behalf', () => {
    spec
      .given(ISSUED)
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: LEAD } }, office)
      .thenThrows('FORBIDDEN');
  });

  it('reports a missing task as not found to a unit officer', () => {
    spec
      .given([])
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: LEAD } }, officerOf(LEAD))
      .thenThrows('TASK_NOT_FOUND');
  });
});

describe('reporting progress (进度反馈)', () => {
  it('records figures, derives the rates, and keeps evidence references', () => {
    spec
      .given(IN_PROGRESS)
      .when(
        report({
          percent: 60,
          narrative: ' 受理人民调解案件297起，成功调解271起 ',
          figures: { accepted: 297, settled: 271 },
          evidence: [
            {
              sha256: SHA.toUpperCase(),
              name: '台账.xlsx',
              size: 2048,
              contentType: 'application/vnd.ms-excel',
            },
          ],
        }),
        officerOf(LEAD),
      )
      .then([
        {
          type: 'TaskProgressReported',
          data: {
            ...REF,
            unitId: LEAD,
            unitRole: 'LEAD',
            leadUnitId: LEAD,
            percent: 60,
            narrative: '受理人民调解案件297起，成功调解271起',
            figures: { accepted: 297, settled: 271 },
            figuresToDate: { accepted: 297, settled: 271 },
            rates: [
              { id: 'successRate', name: '调解成功率', numerator: 271, denominator: 297, percent: 91.2 },
            ],
            evidence: [
              { sha256: SHA, name: '台账.xlsx', size: 2048, contentType: 'application/vnd.ms-excel' },
            ],
            reportedAt: NOW,
          },
        },
      ]);
  });

  it('accepts 505 inspections reported as 115 enterprises plus 390 self-employed', () => {
    const [event] = spec
      .given(IN_PROGRESS)
      .when(report({ figures: { checks: 505, enterprises: 115, selfEmployed: 390 } }), officerOf(LEAD))
      .events();
    expect(event).toMatchObject({
      data: { figuresToDate: { checks: 505, enterprises: 115, selfEmployed: 390 } },
    });
  });

  it('refuses the seed’s 94 joint checks out of 93 double-random matters', () => {
    const error = spec
      .given(IN_PROGRESS)
      .when(report({ figures: { matters: 93, joint: 94 } }), officerOf(LEAD))
      .thenThrows('INDICATOR_RULE_VIOLATED', 'VALIDATION');
    expect(error.message).toContain('PART_EXCEEDS_WHOLE');
    expect(error.details.violations).toEqual([
      expect.objectContaining({
        rule: 'PART_EXCEEDS_WHOLE',
        indicatorId: 'matters',
        value: 93,
        parts: [expect.objectContaining({ indicatorId: 'joint', value: 94 })],
      }),
    ]);
  });

  it('checks new figures against figures reported earlier', () => {
    spec
      .given([...IN_PROGRESS, reported(40, { matters: 93 })])
      .when(report({ figures: { joint: 94 } }), officerOf(LEAD))
      .thenThrows('INDICATOR_RULE_VIOLATED');
  });

  it.each([
    [1.7e308, 'FIGURE_OUT_OF_RANGE'],
    [0.5, 'FIGURE_NOT_INTEGER'],
  ])('refuses %s accepted cases with %s, naming the indicator', (value, code) => {
    const error = spec
      .given(IN_PROGRESS)
      .when(report({ figures: { accepted: value } }), officerOf(LEAD))
      .thenThrows(code, 'VALIDATION');
    expect(error.details).toMatchObject({ indicatorId: 'accepted' });
  });

  it('refuses parts that do not add up to their declared whole', () => {
    spec
      .given(IN_PROGRESS)
      .when(report({ figures: { checks: 505, enterprises: 115, selfEmployed: 389 } }), officerOf(LEAD))
      .thenThrows('INDICATOR_RULE_VIOLATED');
  });

  it('carries earlier figures forward and replaces updated ones', () => {
    const [event] = spec
      .given([...IN_PROGRESS, reported(40, { accepted: 200, settled: 150 })])
      .when(report({ figures: { accepted: 297, settled: 271 } }), officerOf(LEAD))
      .events();
    expect(event).toMatchObject({
      data: { figures: { accepted: 297, settled: 271 }, figuresToDate: { accepted: 297, settled: 271 } },
    });
    const [next] = spec
      .given([...IN_PROGRESS, reported(40, { accepted: 297 })])
      .when(report({ figures: { matters: 93 } }), officerOf(LEAD))
      .events();
    expect(next).toMatchObject({ data: { figuresToDate: { accepted: 297, matters: 93 } } });
  });

  it("keeps each unit's figures its own: a cooperating unit's report neither takes nor replaces the lead's", () => {
    const [event] = spec
      .given([...IN_PROGRESS, acknowledged(COOP), reported(40, { accepted: 96, settled: 84 })])
      .when(report({ unitId: COOP, figures: { accepted: 30, settled: 25 } }), officerOf(COOP))
      .events();
    expect(event).toMatchObject({ data: { unitId: COOP, figuresToDate: { accepted: 30, settled: 25 } } });
    const state = [
      ...IN_PROGRESS,
      acknowledged(COOP),
      reported(40, { accepted: 96, settled: 84 }),
      event!,
    ].reduce(evolveTask, initialTaskState());
    expect(state).toMatchObject({
      figuresByUnit: { [LEAD]: { accepted: 96, settled: 84 }, [COOP]: { accepted: 30, settled: 25 } },
      figures: { accepted: 126, settled: 109 },
    });
  });

  it("checks a unit's figures against its own earlier ones, not another unit's", () => {
    // The lead's 93 matters do not make the cooperating unit's 94 joint checks a part above its whole.
    const accepted = spec
      .given([...IN_PROGRESS, acknowledged(COOP), reported(40, { matters: 93 })])
      .when(report({ unitId: COOP, figures: { matters: 100, joint: 94 } }), officerOf(COOP))
      .events();
    expect(accepted).toHaveLength(1);
    spec
      .given([...IN_PROGRESS, acknowledged(COOP), reported(40, { matters: 93 }, COOP)])
      .when(report({ unitId: COOP, figures: { joint: 94 } }), officerOf(COOP))
      .thenThrows('INDICATOR_RULE_VIOLATED');
  });

  it('refuses a typed rate and an unknown indicator', () => {
    spec
      .given(IN_PROGRESS)
      .when(report({ figures: { successRate: 91.2 } }), officerOf(LEAD))
      .thenThrows('RATE_NOT_REPORTABLE');
    spec
      .given(IN_PROGRESS)
      .when(report({ figures: { nothing: 1 } }), officerOf(LEAD))
      .thenThrows('UNKNOWN_INDICATOR');
  });

  it('lets an acknowledged cooperating unit report its own progress', () => {
    const [event] = spec
      .given([...IN_PROGRESS, acknowledged(COOP)])
      .when(report({ unitId: COOP, percent: 30 }), officerOf(COOP))
      .events();
    expect(event).toMatchObject({ data: { unitId: COOP, unitRole: 'COOPERATING', percent: 30 } });
  });

  it('refuses a cooperating unit that has not acknowledged', () => {
    spec
      .given(IN_PROGRESS)
      .when(report({ unitId: COOP }), officerOf(COOP))
      .thenThrows('TASK_NOT_ACKNOWLEDGED');
  });

  it('refuses a report unless the task is in progress', () => {
    spec.given(ISSUED).when(report(), officerOf(LEAD)).thenThrows('TASK_NOT_IN_PROGRESS');
    spec.given(AWAITING_REVIEW).when(report(), officerOf(LEAD)).thenThrows('TASK_NOT_IN_PROGRESS');
  });

  it('refuses a unit’s progress going backwards, but not another unit’s lower figure', () => {
    spec
      .given([...IN_PROGRESS, reported(60)])
      .when(report({ percent: 50 }), officerOf(LEAD))
      .thenThrows('PROGRESS_DECREASED', 'VALIDATION');
    const [same] = spec
      .given([...IN_PROGRESS, reported(60)])
      .when(report({ percent: 60 }), officerOf(LEAD))
      .events();
    expect(same).toMatchObject({ type: 'TaskProgressReported', data: { percent: 60 } });
    const [event] = spec
      .given([...IN_PROGRESS, acknowledged(COOP), reported(60)])
      .when(report({ unitId: COOP, percent: 10 }), officerOf(COOP))
      .events();
    expect(event).toMatchObject({ data: { percent: 10 } });
  });

  it.each([
    ['a percent above 100', { percent: 101 }],
    ['a fractional percent', { percent: 50.5 }],
    ['an empty narrative', { narrative: '  ' }],
    [
      'a bad evidence hash',
      { evidence: [{ sha256: 'abc', name: 'a.pdf', size: 1, contentType: 'application/pdf' }] },
    ],
    [
      'a negative evidence size',
      { evidence: [{ sha256: SHA, name: 'a.pdf', size: -1, contentType: 'application/pdf' }] },
    ],
    [
      'the same file twice',
      {
        evidence: [
          { sha256: SHA, name: 'a.pdf', size: 1, contentType: 'application/pdf' },
          { sha256: SHA, name: 'b.pdf', size: 1, contentType: 'application/pdf' },
        ],
      },
    ],
  ])('refuses %s', (_label, patch) => {
    spec.given(IN_PROGRESS).when(report(patch), officerOf(LEAD)).thenThrows('VALIDATION');
  });

  it('refuses reports from the office and from a unit not on the task', () => {
    spec.given(IN_PROGRESS).when(report(), office).thenThrows('FORBIDDEN');
    spec
      .given(IN_PROGRESS)
      .when(report({ unitId: 'xyz' }), officerOf('xyz'))
      .thenThrows('FORBIDDEN');
  });
});

describe('completion and review (申请办结 / 审核)', () => {
  it('puts the task under review when the lead asks for completion', () => {
    spec
      .given(IN_PROGRESS)
      .when(
        { type: 'RequestTaskCompletion', data: { taskId: 't1', summary: '已完成' } },
        officerOf(LEAD, LATER),
      )
      .then([completionRequested()]);
  });

  it('refuses a completion request from a cooperating unit, before start, or without a summary', () => {
    spec
      .given(IN_PROGRESS)
      .when({ type: 'RequestTaskCompletion', data: { taskId: 't1', summary: 'x' } }, officerOf(COOP))
      .thenThrows('FORBIDDEN');
    spec
      .given(ISSUED)
      .when({ type: 'RequestTaskCompletion', data: { taskId: 't1', summary: 'x' } }, officerOf(LEAD))
      .thenThrows('TASK_NOT_IN_PROGRESS');
    spec
      .given(IN_PROGRESS)
      .when({ type: 'RequestTaskCompletion', data: { taskId: 't1', summary: '' } }, officerOf(LEAD))
      .thenThrows('VALIDATION');
  });

  it('completes the task on acceptance, on time when delivered before the deadline', () => {
    spec
      .given(AWAITING_REVIEW)
      .when({ type: 'AcceptTask', data: { taskId: 't1' } }, contextOf(testActors.office, LATER))
      .then([accepted]);
  });

  it('counts a task delivered in time as on time even when reviewed after the deadline', () => {
    const [event] = spec
      .given(AWAITING_REVIEW)
      .when(
        { type: 'AcceptTask', data: { taskId: 't1' } },
        contextOf(testActors.office, '2024-07-05T10:00:00+08:00'),
      )
      .events();
    expect(event).toMatchObject({ data: { onTime: true, completedAt: '2024-07-05T10:00:00+08:00' } });
  });

  it('counts a task delivered after the deadline as late', () => {
    const late = '2024-07-01T00:00:00+08:00';
    const [event] = spec
      .given([...IN_PROGRESS, completionRequested(late)])
      .when(
        { type: 'AcceptTask', data: { taskId: 't1', comment: '逾期办结' } },
        contextOf(testActors.office, late),
      )
      .events();
    expect(event).toMatchObject({ data: { onTime: false, comment: '逾期办结' } });
  });

  it('refuses acceptance by a unit or when nothing awaits review', () => {
    spec
      .given(AWAITING_REVIEW)
      .when({ type: 'AcceptTask', data: { taskId: 't1' } }, officerOf(LEAD))
      .thenThrows('FORBIDDEN');
    spec
      .given(IN_PROGRESS)
      .when({ type: 'AcceptTask', data: { taskId: 't1' } }, office)
      .thenThrows('TASK_NOT_AWAITING_REVIEW');
    spec
      .given(COMPLETED)
      .when({ type: 'AcceptTask', data: { taskId: 't1' } }, office)
      .thenThrows('TASK_NOT_AWAITING_REVIEW');
  });

  it('returns the task to in-progress with a reason when review sends it back', () => {
    const returned: TaskEvent = {
      type: 'TaskReturned',
      data: { ...REF, leadUnitId: LEAD, reason: '佐证材料不全', returnedAt: NOW },
    };
    spec
      .given(AWAITING_REVIEW)
      .when({ type: 'ReturnTask', data: { taskId: 't1', reason: '佐证材料不全' } }, office)
      .then([returned]);
    expect(stateOf([...AWAITING_REVIEW, returned]).status).toBe('IN_PROGRESS');
    spec
      .given([...AWAITING_REVIEW, returned])
      .when(report({ percent: 90 }), officerOf(LEAD))
      .events();
  });

  it('refuses a return without a reason or when nothing awaits review', () => {
    spec
      .given(AWAITING_REVIEW)
      .when({ type: 'ReturnTask', data: { taskId: 't1', reason: '' } }, office)
      .thenThrows('VALIDATION');
    spec
      .given(IN_PROGRESS)
      .when({ type: 'ReturnTask', data: { taskId: 't1', reason: 'x' } }, office)
      .thenThrows('TASK_NOT_AWAITING_REVIEW');
  });
});

describe('handoff (转办)', () => {
  const request = (toUnitId = NEW_LEAD): TaskCommand => ({
    type: 'RequestHandoff',
    data: { taskId: 't1', toUnitId, reason: '职责调整' },
  });

  it('asks for a handoff from in progress, remembering the status to return to', () => {
    spec
      .given(IN_PROGRESS)
      .when(request(), officerOf(LEAD))
      .then([handoffRequested('IN_PROGRESS')]);
  });

  it('asks for a handoff before acknowledging', () => {
    spec
      .given(ISSUED)
      .when(request(), officerOf(LEAD))
      .then([handoffRequested('ASSIGNED')]);
  });

  it('refuses a second pending handoff, a handoff to the lead itself, and one without a reason', () => {
    spec.given(HANDOFF_PENDING).when(request(), officerOf(LEAD)).thenThrows('HANDOFF_ALREADY_PENDING');
    spec
      .given(IN_PROGRESS)
      .when(request(LEAD), officerOf(LEAD))
      .thenThrows('HANDOFF_TO_SAME_UNIT', 'VALIDATION');
    spec
      .given(IN_PROGRESS)
      .when(
        { type: 'RequestHandoff', data: { taskId: 't1', toUnitId: NEW_LEAD, reason: ' ' } },
        officerOf(LEAD),
      )
      .thenThrows('VALIDATION');
  });

  it('refuses a handoff while under review or after completion', () => {
    spec.given(AWAITING_REVIEW).when(request(), officerOf(LEAD)).thenThrows('TASK_NOT_HANDOFFABLE');
    spec.given(COMPLETED).when(request(), officerOf(LEAD)).thenThrows('TASK_NOT_HANDOFFABLE');
  });

  it('lets only the lead ask for a handoff', () => {
    spec.given(IN_PROGRESS).when(request(), officerOf(COOP)).thenThrows('FORBIDDEN');
    spec.given(IN_PROGRESS).when(request(), office).thenThrows('FORBIDDEN');
  });

  it('assigns the task to the new lead, who must acknowledge, and keeps the old lead on record', () => {
    spec
      .given(HANDOFF_PENDING)
      .when({ type: 'ApproveHandoff', data: { taskId: 't1' } }, office)
      .then([handoffApproved()]);
    const after = [...HANDOFF_PENDING, handoffApproved()];
    expect(stateOf(after)).toMatchObject({
      status: 'ASSIGNED',
      leadUnitId: NEW_LEAD,
      leadAcknowledged: false,
    });
    spec
      .given(after)
      .when({ type: 'AcknowledgeTask', data: { taskId: 't1', unitId: NEW_LEAD } }, officerOf(NEW_LEAD))
      .then([acknowledged(NEW_LEAD, NEW_LEAD)]);
    spec
      .given(after)
      .when(
        { type: 'RequestExtension', data: { taskId: 't1', newDeadline: '2024-09-30', reason: 'x' } },
        officerOf(LEAD),
      )
      .thenThrows('FORBIDDEN');
  });

  it('takes a cooperating unit that becomes lead out of the cooperating units', () => {
    const history = [...IN_PROGRESS, acknowledged(COOP), handoffRequested('IN_PROGRESS', COOP)];
    spec
      .given(history)
      .when({ type: 'ApproveHandoff', data: { taskId: 't1', comment: '同意' } }, office)
      .then([
        { ...handoffApproved(COOP), data: { ...handoffApproved(COOP).data, comment: '同意' } } as TaskEvent,
      ]);
    expect(stateOf([...history, handoffApproved(COOP)])).toMatchObject({
      leadUnitId: COOP,
      cooperatingUnitIds: [OTHER_COOP],
      acknowledgedCooperatingUnitIds: [],
    });
  });

  it('restores the previous status when the handoff is rejected', () => {
    spec
      .given(HANDOFF_PENDING)
      .when({ type: 'RejectHandoff', data: { taskId: 't1', reason: '属本单位职责' } }, office)
      .then([
        {
          type: 'HandoffRejected',
          data: {
            ...REF,
            fromUnitId: LEAD,
            toUnitId: NEW_LEAD,
            reason: '属本单位职责',
            restoredStatus: 'IN_PROGRESS',
            rejectedAt: NOW,
          },
        },
      ]);
    const [event] = spec
      .given([...ISSUED, handoffRequested('ASSIGNED')])
      .when({ type: 'RejectHandoff', data: { taskId: 't1', reason: 'x' } }, office)
      .events();
    expect(stateOf([...ISSUED, handoffRequested('ASSIGNED'), event as TaskEvent]).status).toBe('ASSIGNED');
  });

  it('refuses approval or rejection when no handoff is pending, or from a unit', () => {
    spec
      .given(IN_PROGRESS)
      .when({ type: 'ApproveHandoff', data: { taskId: 't1' } }, office)
      .thenThrows('HANDOFF_NOT_PENDING', 'INVALID_STATE');
    spec
      .given(IN_PROGRESS)
      .when({ type: 'RejectHandoff', data: { taskId: 't1', reason: 'x' } }, office)
      .thenThrows('HANDOFF_NOT_PENDING');
    spec
      .given(HANDOFF_PENDING)
      .when({ type: 'ApproveHandoff', data: { taskId: 't1' } }, officerOf(NEW_LEAD))
      .thenThrows('FORBIDDEN');
    spec
      .given(HANDOFF_PENDING)
      .when({ type: 'RejectHandoff', data: { taskId: 't1', reason: '' } }, office)
      .thenThrows('VALIDATION');
  });
});

describe('extension (延期)', () => {
  const request = (newDeadline = '2024-09-30'): TaskCommand => ({
    type: 'RequestExtension',
    data: { taskId: 't1', newDeadline, reason: '汛期影响' },
  });

  it('asks for a later deadline', () => {
    spec.given(IN_PROGRESS).when(request(), officerOf(LEAD)).then([extensionRequested]);
  });

  it('asks for an extension in any open state, including before acknowledging', () => {
    spec.given(ISSUED).when(request(), officerOf(LEAD)).then([extensionRequested]);
    spec.given(AWAITING_REVIEW).when(request(), officerOf(LEAD)).then([extensionRequested]);
  });

  it('refuses a deadline that is not later than the current one', () => {
    spec
      .given(IN_PROGRESS)
      .when(request(DEADLINE), officerOf(LEAD))
      .thenThrows('EXTENSION_NOT_LATER', 'VALIDATION');
    spec.given(IN_PROGRESS).when(request('2024-05-01'), officerOf(LEAD)).thenThrows('EXTENSION_NOT_LATER');
    spec.given(IN_PROGRESS).when(request('2024-13-01'), officerOf(LEAD)).thenThrows('VALIDATION');
  });

  it('refuses a second pending request, a closed task, and a non-lead', () => {
    spec
      .given([...IN_PROGRESS, extensionRequested])
      .when(request('2024-10-31'), officerOf(LEAD))
      .thenThrows('EXTENSION_ALREADY_PENDING');
    spec.given(COMPLETED).when(request(), officerOf(LEAD)).thenThrows('TASK_NOT_OPEN');
    spec.given(IN_PROGRESS).when(request(), officerOf(COOP)).thenThrows('FORBIDDEN');
  });

  it('moves the deadline when the extension is approved', () => {
    spec
      .given([...IN_PROGRESS, extensionRequested])
      .when({ type: 'ApproveExtension', data: { taskId: 't1' } }, office)
      .then([extensionApproved]);
    expect(stateOf([...IN_PROGRESS, extensionRequested, extensionApproved])).toMatchObject({
      deadline: '2024-09-30',
      extension: null,
    });
  });

  it('keeps the deadline when the extension is rejected', () => {
    const rejected: TaskEvent = {
      type: 'ExtensionRejected',
      data: {
        ...REF,
        leadUnitId: LEAD,
        currentDeadline: DEADLINE,
        requestedDeadline: '2024-09-30',
        reason: '理由不充分',
        rejectedAt: NOW,
      },
    };
    spec
      .given([...IN_PROGRESS, extensionRequested])
      .when({ type: 'RejectExtension', data: { taskId: 't1', reason: '理由不充分' } }, office)
      .then([rejected]);
    expect(stateOf([...IN_PROGRESS, extensionRequested, rejected])).toMatchObject({
      deadline: DEADLINE,
      extension: null,
    });
  });

  it('refuses decisions without a pending request, on closed tasks, from units, or rejections without reason', () => {
    spec
      .given(IN_PROGRESS)
      .when({ type: 'ApproveExtension', data: { taskId: 't1' } }, office)
      .thenThrows('EXTENSION_NOT_PENDING');
    spec
      .given(IN_PROGRESS)
      .when({ type: 'RejectExtension', data: { taskId: 't1', reason: 'x' } }, office)
      .thenThrows('EXTENSION_NOT_PENDING');
    spec
      .given([...IN_PROGRESS, extensionRequested, cancelled])
      .when({ type: 'ApproveExtension', data: { taskId: 't1' } }, office)
      .thenThrows('TASK_NOT_OPEN');
    spec
      .given([...IN_PROGRESS, extensionRequested])
      .when({ type: 'ApproveExtension', data: { taskId: 't1' } }, officerOf(LEAD))
      .thenThrows('FORBIDDEN');
    spec
      .given([...IN_PROGRESS, extensionRequested])
      .when({ type: 'RejectExtension', data: { taskId: 't1', reason: '' } }, office)
      .thenThrows('VALIDATION');
  });
});

describe('urging (催办)', () => {
  const urgeBase = {
    ...REF,
    leadUnitId: LEAD,
    cooperatingUnitIds: [COOP, OTHER_COOP],
    deadline: DEADLINE,
  };
  const DUE_SOON = '2024-06-28T09:00:00+08:00';
  const auto = (threshold: string): TaskCommand => ({ type: 'UrgeTask', data: { taskId: 't1', threshold } });

  it('lets the office urge an open task with a message', () => {
    spec
      .given(IN_PROGRESS)
      .when({ type: 'UrgeTask', data: { taskId: 't1', message: '请加快进度' } }, office)
      .then([
        {
          type: 'TaskUrged',
          data: {
            ...urgeBase,
            status: 'IN_PROGRESS',
            mode: 'MANUAL',
            threshold: null,
            message: '请加快进度',
            urgedBy: 'user-office',
            urgedAt: NOW,
          },
        },
      ]);
  });

  it('refuses a manual urge without a message, on a closed task, or from a unit', () => {
    spec
      .given(IN_PROGRESS)
      .when({ type: 'UrgeTask', data: { taskId: 't1' } }, office)
      .thenThrows('VALIDATION');
    spec
      .given(COMPLETED)
      .when({ type: 'UrgeTask', data: { taskId: 't1', message: 'x' } }, office)
      .thenThrows('TASK_NOT_OPEN');
    spec
      .given([drafted])
      .when({ type: 'UrgeTask', data: { taskId: 't1', message: 'x' } }, office)
      .thenThrows('TASK_NOT_OPEN');
    spec
      .given(IN_PROGRESS)
      .when({ type: 'UrgeTask', data: { taskId: 't1', message: 'x' } }, officerOf(LEAD))
      .thenThrows('FORBIDDEN');
  });

  it('urges automatically once the threshold is reached', () => {
    spec
      .given(IN_PROGRESS)
      .when(auto('DUE_IN_3_DAYS'), system(DUE_SOON))
      .then([
        {
          type: 'TaskUrged',
          data: {
            ...urgeBase,
            status: 'IN_PROGRESS',
            mode: 'AUTOMATIC',
            threshold: 'DUE_IN_3_DAYS',
            message: null,
            urgedBy: 'system',
            urgedAt: DUE_SOON,
          },
        },
      ]);
  });

  it('urges automatically exactly once per threshold', () => {
    const [first] = spec.given(IN_PROGRESS).when(auto('DUE_IN_3_DAYS'), system(DUE_SOON)).events();
    spec
      .given([...IN_PROGRESS, first as TaskEvent])
      .when(auto('DUE_IN_3_DAYS'), system(DUE_SOON))
      .thenThrows('URGE_ALREADY_SENT', 'INVALID_STATE');
    spec
      .given([...IN_PROGRESS, first as TaskEvent])
      .when(auto('OVERDUE'), system('2024-07-01T08:00:00+08:00'))
      .events();
  });

  it('urges again for the same threshold once the deadline has moved', () => {
    const [first] = spec
      .given(IN_PROGRESS)
      .when(auto('OVERDUE'), system('2024-07-02T08:00:00+08:00'))
      .events();
    const history = [...IN_PROGRESS, first as TaskEvent, extensionRequested, extensionApproved];
    spec
      .given(history)
      .when(auto('OVERDUE'), system('2024-07-02T08:00:00+08:00'))
      .thenThrows('URGE_THRESHOLD_NOT_REACHED');
    const [again] = spec.given(history).when(auto('OVERDUE'), system('2024-10-01T08:00:00+08:00')).events();
    expect(again).toMatchObject({ data: { threshold: 'OVERDUE', deadline: '2024-09-30' } });
  });

  it('refuses an automatic urge before its threshold', () => {
    spec.given(IN_PROGRESS).when(auto('DUE_IN_3_DAYS'), system(NOW)).thenThrows('URGE_THRESHOLD_NOT_REACHED');
    spec
      .given(IN_PROGRESS)
      .when(auto('OVERDUE'), system('2024-06-30T23:59:59+08:00'))
      .thenThrows('URGE_THRESHOLD_NOT_REACHED');
  });

  it('refuses a malformed threshold', () => {
    spec
      .given(IN_PROGRESS)
      .when(auto('SOON'), system(DUE_SOON))
      .thenThrows('URGE_THRESHOLD_INVALID', 'VALIDATION');
    spec
      .given(IN_PROGRESS)
      .when(auto('DUE_IN_0_DAYS'), system(DUE_SOON))
      .thenThrows('URGE_THRESHOLD_INVALID');
  });

  it('does not urge a unit automatically while the office reviews its delivery', () => {
    spec
      .given(AWAITING_REVIEW)
      .when(auto('OVERDUE'), system('2024-07-02T08:00:00+08:00'))
      .thenThrows('URGE_NOT_APPLICABLE');
  });

  it('reserves automatic urges for the system actor and manual ones for the office', () => {
    spec
      .given(IN_PROGRESS)
      .when(auto('DUE_IN_3_DAYS'), contextOf(testActors.office, DUE_SOON))
      .thenThrows('FORBIDDEN');
    spec
      .given(IN_PROGRESS)
      .when(auto('DUE_IN_3_DAYS'), contextOf(testActors.admin, DUE_SOON))
      .thenThrows('FORBIDDEN');
    spec
      .given(IN_PROGRESS)
      .when({ type: 'UrgeTask', data: { taskId: 't1', message: 'x' } }, system(DUE_SOON))
      .thenThrows('FORBIDDEN');
  });
});

describe('cancelling (撤销)', () => {
  it('cancels an open task with a reason, recording the status it left', () => {
    spec
      .given(IN_PROGRESS)
      .when({ type: 'CancelTask', data: { taskId: 't1', reason: '上级部署调整' } }, office)
      .then([cancelled]);
    expect(stateOf([...IN_PROGRESS, cancelled]).status).toBe('CANCELLED');
  });

  it('cancels a task with a pending handoff, dropping the request', () => {
    const [event] = spec
      .given(HANDOFF_PENDING)
      .when({ type: 'CancelTask', data: { taskId: 't1', reason: 'x' } }, office)
      .events();
    expect(event).toMatchObject({ data: { previousStatus: 'HANDOFF_PENDING' } });
    expect(stateOf([...HANDOFF_PENDING, event as TaskEvent])).toMatchObject({
      status: 'CANCELLED',
      handoff: null,
    });
  });

  it('refuses to cancel a draft, a completed or cancelled task, without reason, or by a unit', () => {
    spec
      .given([drafted])
      .when({ type: 'CancelTask', data: { taskId: 't1', reason: 'x' } }, office)
      .thenThrows('TASK_NOT_OPEN');
    spec
      .given(COMPLETED)
      .when({ type: 'CancelTask', data: { taskId: 't1', reason: 'x' } }, office)
      .thenThrows('TASK_NOT_OPEN');
    spec
      .given([...IN_PROGRESS, cancelled])
      .when({ type: 'CancelTask', data: { taskId: 't1', reason: 'x' } }, office)
      .thenThrows('TASK_NOT_OPEN');
    spec
      .given(IN_PROGRESS)
      .when({ type: 'CancelTask', data: { taskId: 't1', reason: '' } }, office)
      .thenThrows('VALIDATION');
    spec
      .given(IN_PROGRESS)
      .when({ type: 'CancelTask', data: { taskId: 't1', reason: 'x' } }, officerOf(LEAD))
      .thenThrows('FORBIDDEN');
  });
});

describe('read-only roles', () => {
  const everyCommand: TaskCommand[] = [
    draftCommand(),
    { type: 'EditTask', data: { taskId: 't1', title: 'x' } },
    { type: 'RemoveTask', data: { taskId: 't1' } },
    { type: 'WithdrawTaskRemoval', data: { taskId: 't1', reason: 'x' } },
    { type: 'IssueTask', data: { taskId: 't1' } },
    { type: 'AcknowledgeTask', data: { taskId: 't1', unitId: LEAD } },
    report(),
    { type: 'RequestTaskCompletion', data: { taskId: 't1', summary: 'x' } },
    { type: 'AcceptTask', data: { taskId: 't1' } },
    { type: 'ReturnTask', data: { taskId: 't1', reason: 'x' } },
    { type: 'RequestHandoff', data: { taskId: 't1', toUnitId: NEW_LEAD, reason: 'x' } },
    { type: 'ApproveHandoff', data: { taskId: 't1' } },
    { type: 'RejectHandoff', data: { taskId: 't1', reason: 'x' } },
    { type: 'RequestExtension', data: { taskId: 't1', newDeadline: '2024-09-30', reason: 'x' } },
    { type: 'ApproveExtension', data: { taskId: 't1' } },
    { type: 'RejectExtension', data: { taskId: 't1', reason: 'x' } },
    { type: 'UrgeTask', data: { taskId: 't1', message: 'x' } },
    { type: 'UrgeTask', data: { taskId: 't1', threshold: 'OVERDUE' } },
    { type: 'CancelTask', data: { taskId: 't1', reason: 'x' } },
  ];
  const readers: [string, Actor][] = [
    ['an inspector', testActors.inspector],
    ['a leader', testActors.leader],
  ];
  for (const [label, actor] of readers) {
    it.each(everyCommand.map((command) => [command.type, command] as const))(
      `refuses ${label} running %s`,
      (_type, command) => {
        spec.given(IN_PROGRESS).when(command, contextOf(actor, NOW)).thenThrows('FORBIDDEN', 'FORBIDDEN');
      },
    );
  }
});
