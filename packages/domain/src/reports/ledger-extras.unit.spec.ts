import { describe, expect, it } from 'vitest';
import { foldReportLog } from './gather-report-facts.js';
import { buildHandoffRecord } from './handoff-record.js';
import { buildIndicatorLedger } from './indicator-ledger.js';
import { withFindingsFiltered, withTasksOfArea } from './ledger-scope.js';
import { buildRectificationLedger, buildTaskLedger } from './ledgers.js';
import type { LoggedEvent } from './logged-event.js';
import { LIST_2024, changjiang2024Log } from '../testing/changjiang-2024.history.js';

const AS_OF = '2025-02-12T02:00:00.000Z';
const catalogue = {
  rules: [
    { kind: 'PART_OF' as const, part: '联合部门检查事项', whole: '录入双随机监管事项' },
    { kind: 'RATE' as const, name: '调解成功率', numerator: '成功调解', denominator: '受理人民调解案件' },
  ],
};

describe('the indicator ledger', () => {
  const rows = buildIndicatorLedger(foldReportLog(changjiang2024Log()), { taskListId: LIST_2024, catalogue });

  it('lists each reported figure with its unit, scale and the report that stated it', () => {
    expect(rows.find((row) => row.indicator === '矛盾纠纷排查')).toMatchObject({
      taskTitle: '强化人民调解力量',
      leadUnit: '区司法局',
      kind: 'COUNT',
      value: 605,
      scale: 0,
      unitOfMeasure: '次',
      flags: '',
      reportedBy: '区司法局',
    });
    expect(rows.find((row) => row.indicator === '不予行政处罚金额')).toMatchObject({
      kind: 'AMOUNT',
      value: 22.23,
      scale: 2,
      unitOfMeasure: '万元',
    });
    expect(rows.find((row) => row.indicator === '矛盾纠纷排查')?.reportedAt).toMatch(/^2024-/);
  });

  it('gives a rate with its two parts and marks the figures that break a rule', () => {
    expect(rows.find((row) => row.indicator === '调解成功率')).toMatchObject({
      kind: 'RATE',
      value: 91.2,
      numerator: 271,
      denominator: 297,
      unitOfMeasure: '%',
    });
    expect(rows.find((row) => row.indicator === '其中联合部门检查事项')?.flags).toContain(
      '联合部门检查事项（94件）超过录入双随机监管事项（93件）',
    );
  });
});

describe('the handoff record', () => {
  const base = changjiang2024Log();
  const extra = (type: string, position: number, data: Record<string, unknown>, at: string): LoggedEvent => ({
    id: `handoff-${type}-${position}`,
    streamId: 'task-mediation',
    streamPosition: 100 + position,
    globalPosition: BigInt(base.length + 1 + position),
    type,
    data: { taskId: 'mediation', ...data },
    metadata: { actor: { userId: 'u', role: 'OFFICE', unitId: null } },
    recordedAt: at,
  });
  const events = [
    ...base,
    extra(
      'HandoffRequested',
      0,
      {
        fromUnitId: 'justice',
        toUnitId: 'liyang',
        reason: '属地管理',
        previousStatus: 'IN_PROGRESS',
        requestedAt: '2024-05-06T01:00:00.000Z',
      },
      '2024-05-06T01:00:00.000Z',
    ),
    extra(
      'HandoffRejected',
      1,
      {
        fromUnitId: 'justice',
        toUnitId: 'liyang',
        reason: '职责不符',
        restoredStatus: 'IN_PROGRESS',
        rejectedAt: '2024-05-07T01:00:00.000Z',
      },
      '2024-05-07T01:00:00.000Z',
    ),
    extra(
      'HandoffRequested',
      2,
      {
        fromUnitId: 'justice',
        toUnitId: 'market',
        reason: '涉企纠纷',
        previousStatus: 'IN_PROGRESS',
        requestedAt: '2024-05-08T01:00:00.000Z',
      },
      '2024-05-08T01:00:00.000Z',
    ),
  ];
  const log = foldReportLog(events);

  it('lists every request in order with how it was decided, and the one still pending', () => {
    const rows = buildHandoffRecord(events, log, { taskListId: LIST_2024 });
    expect(rows.map((row) => [row.fromUnit, row.toUnit, row.outcome, row.decisionNote])).toEqual([
      ['区司法局', '丽阳镇', 'REJECTED', '职责不符'],
      ['区司法局', '区市场监管局', 'PENDING', ''],
    ]);
    expect(rows[0]).toMatchObject({ taskTitle: '强化人民调解力量', decidedAt: '2024-05-07T01:00:00.000Z' });
  });

  it('keeps to the list asked for', () => {
    expect(buildHandoffRecord(events, log, { taskListId: 'another-list' })).toEqual([]);
  });
});

describe('the ledgers narrowed to what a page shows', () => {
  const log = foldReportLog(changjiang2024Log());

  it('keeps only the findings a filter matches', () => {
    const all = buildRectificationLedger(log, { asOf: AS_OF });
    const overdue = buildRectificationLedger(withFindingsFiltered(log, { overdue: true }, AS_OF), {
      asOf: AS_OF,
    });
    expect(all.length).toBeGreaterThan(overdue.length);
    expect(overdue.every((row) => row.overdue)).toBe(true);
    const closed = buildRectificationLedger(withFindingsFiltered(log, { statuses: ['CLOSED'] }, AS_OF), {
      asOf: AS_OF,
    });
    expect(closed.map((row) => row.status)).toEqual(['已销号', '已销号']);
  });

  it('keeps only the tasks of one area', () => {
    const rows = buildTaskLedger(withTasksOfArea(log, '矛盾纠纷化解'), {
      taskListId: LIST_2024,
      asOf: AS_OF,
      catalogue,
    });
    expect(rows.map((row) => row.title)).toEqual(['强化人民调解力量', '提升行政复议质效']);
    expect(rows.every((row) => row.area === '矛盾纠纷化解')).toBe(true);
    expect(rows[0]!.description).toBe('成立调解工作室,开展矛盾纠纷排查。');
  });
});
