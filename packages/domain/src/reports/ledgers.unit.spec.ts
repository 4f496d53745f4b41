import { describe, expect, it } from 'vitest';
import { foldReportLog } from './gather-report-facts.js';
import { buildDepartmentProgress, buildRectificationLedger, buildTaskLedger } from './ledgers.js';
import { LIST_2024, changjiang2024Log } from '../testing/changjiang-2024.history.js';

const AS_OF = '2025-02-12T02:00:00.000Z';
const log = foldReportLog(changjiang2024Log());
const catalogue = {
  rules: [{ kind: 'PART_OF' as const, part: '联合部门检查事项', whole: '录入双随机监管事项' }],
};

describe('the task ledger', () => {
  it('has one row per issued task of the list, with figures and broken rules in words', () => {
    const rows = buildTaskLedger(log, { taskListId: LIST_2024, asOf: AS_OF, catalogue });
    expect(rows).toHaveLength(9);
    expect(rows.find((row) => row.taskId === 'mediation')).toMatchObject({
      area: '矛盾纠纷化解',
      leadUnit: '区司法局',
      status: '已办结',
      figures: '矛盾纠纷排查605次；受理人民调解案件297起；成功调解271起',
      flags: '',
      overdue: false,
    });
    expect(rows.find((row) => row.taskId === 'doubleRandom')?.flags).toContain(
      '联合部门检查事项（94件）超过录入双随机监管事项（93件）',
    );
    expect(rows.find((row) => row.taskId === 'publicity')).toMatchObject({ status: '办理中', overdue: true });
  });

  it('takes every list when none is named, and none for a list that does not exist', () => {
    expect(buildTaskLedger(log, { taskListId: null, asOf: AS_OF, catalogue })).toHaveLength(13);
    expect(buildTaskLedger(log, { taskListId: 'nope', asOf: AS_OF, catalogue })).toEqual([]);
  });
});

describe('the rectification ledger', () => {
  it('has one row per finding with its inspection, unit and state', () => {
    const rows = buildRectificationLedger(log, { asOf: AS_OF });
    expect(rows.map((row) => [row.unit, row.status, row.overdue])).toEqual([
      ['区应急管理局', '已销号', false],
      ['区卫健委', '已销号', false],
      ['区农村农业水利局', '整改中', true],
    ]);
    expect(rows[0]).toMatchObject({
      inspectionKind: '案卷评查',
      severity: '较重',
      progress: 100,
      onTime: true,
    });
  });
});

describe('progress per department', () => {
  it('counts each unit’s tasks, rates and findings', () => {
    const rows = buildDepartmentProgress(log, { taskListId: LIST_2024, asOf: AS_OF });
    expect(rows.map((row) => row.unitName)).toContain('区生态环境分局');
    expect(rows.find((row) => row.unitId === 'justice')).toMatchObject({
      tasksLed: 3,
      completed: 3,
      completionRate: 100,
      onTimeRate: 100,
      overdue: 0,
    });
    expect(rows.find((row) => row.unitId === 'liyang')).toMatchObject({
      tasksLed: 1,
      completed: 0,
      overdue: 1,
      completionRate: 0,
      onTimeRate: null,
    });
    expect(rows.find((row) => row.unitId === 'agriculture')).toMatchObject({
      tasksLed: 0,
      completionRate: null,
      findingsOpen: 1,
      findingsRectifying: 1,
      findingsOverdue: 1,
      rectificationRate: 0,
    });
    // A completion request is feedback too: the justice bureau's last one came after its last report.
    expect(rows.find((row) => row.unitId === 'justice')?.lastReportAt).toBe('2024-12-01T02:00:00.000Z');
  });
});
