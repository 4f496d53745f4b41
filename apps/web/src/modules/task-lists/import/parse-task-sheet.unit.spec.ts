import { describe, expect, it } from 'vitest';
import { TASK_SHEET_HEADERS_ZH_CN } from '@duban/domain';
import zhTexts from '../../../locales/zh-CN/task-lists.js';
import { TASK_SHEET_COLUMNS, parseDeadline, parseTaskSheet, splitUnitNames } from './parse-task-sheet.js';
import type { TaskSheetColumn } from './parse-task-sheet.js';

const context = {
  areas: ['依法决策', '行政执法'],
  units: [
    { id: 'u-justice', name: '区司法局' },
    { id: 'u-market', name: '区市场监管局' },
    { id: 'u-street', name: '西郊街道' },
  ],
};
const header = ['领域', '任务名称', '任务内容', '牵头单位', '配合单位', '完成时限'];
const SHARED_HEADERS = Object.fromEntries(
  TASK_SHEET_COLUMNS.map((column) => [column, [TASK_SHEET_HEADERS_ZH_CN[column]]]),
) as Record<TaskSheetColumn, string[]>;

describe('reading the deadline column', () => {
  it('accepts dates typed with dashes, slashes or Chinese year-month-day', () => {
    expect(parseDeadline('2024-12-31')).toBe('2024-12-31');
    expect(parseDeadline('2024/6/1')).toBe('2024-06-01');
    expect(parseDeadline('2024年6月30日')).toBe('2024-06-30');
  });

  it('reads date cells and unformatted date serial numbers', () => {
    expect(parseDeadline(new Date(Date.UTC(2024, 11, 31)))).toBe('2024-12-31');
    expect(parseDeadline(45657)).toBe('2024-12-31');
  });

  it('refuses days that do not exist and text that is not a date', () => {
    expect(parseDeadline('2024-02-30')).toBeNull();
    expect(parseDeadline('年底前')).toBeNull();
    expect(parseDeadline(12.5)).toBeNull();
    expect(parseDeadline(null)).toBeNull();
  });
});

describe('splitting the cooperating units cell', () => {
  it('splits on Chinese and English separators and drops blanks', () => {
    expect(splitUnitNames('区司法局、区市场监管局，西郊街道; ')).toEqual([
      '区司法局',
      '区市场监管局',
      '西郊街道',
    ]);
  });
});

describe('checking an import sheet', () => {
  it('turns a complete row into a task with unit ids and an ISO deadline', () => {
    const rows = parseTaskSheet(
      [
        header,
        ['依法决策', '重大决策合法性审查', '审查率100%', '区司法局', '区市场监管局、西郊街道', '2024-12-31'],
      ],
      context,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.errors).toEqual([]);
    expect(rows[0]?.rowNumber).toBe(2);
    expect(rows[0]?.task).toEqual({
      area: '依法决策',
      title: '重大决策合法性审查',
      description: '审查率100%',
      leadUnitId: 'u-justice',
      cooperatingUnitIds: ['u-market', 'u-street'],
      deadline: '2024-12-31',
    });
  });

  it('flags every problem of a bad row and creates no task from it', () => {
    const rows = parseTaskSheet([header, ['普法', '', '内容', '区财政局', '区司法局', '明年']], context);
    expect(rows[0]?.task).toBeNull();
    expect(rows[0]?.errors).toEqual([
      { column: 'area', code: 'UNKNOWN_AREA', value: '普法' },
      { column: 'title', code: 'EMPTY_TITLE' },
      { column: 'leadUnit', code: 'UNKNOWN_UNIT', value: '区财政局' },
      { column: 'deadline', code: 'BAD_DATE', value: '明年' },
    ]);
  });

  it('refuses a lead unit that is also listed as cooperating', () => {
    const rows = parseTaskSheet(
      [header, ['行政执法', '标题', '内容', '区司法局', '区司法局', '2024-12-31']],
      context,
    );
    expect(rows[0]?.errors).toEqual([
      { column: 'cooperatingUnits', code: 'LEAD_ALSO_COOPERATING', value: '区司法局' },
    ]);
  });

  it('skips the header and blank rows but keeps spreadsheet row numbers', () => {
    const rows = parseTaskSheet(
      [header, [null, '', null], ['行政执法', '标题', '内容', ' 区市场监管局 ', '', '2024/6/30']],
      context,
    );
    expect(rows.map((row) => row.rowNumber)).toEqual([3]);
    expect(rows[0]?.task?.leadUnitId).toBe('u-market');
  });

  it('reports missing required cells as empty, not as unknown', () => {
    const rows = parseTaskSheet([header, ['', '标题', '', '', '', '']], context);
    expect(rows[0]?.errors.map((error) => error.code)).toEqual([
      'EMPTY_AREA',
      'EMPTY_DESCRIPTION',
      'EMPTY_LEAD_UNIT',
      'EMPTY_DEADLINE',
    ]);
  });

  it('reads last year’s exported task ledger: title row above, its columns found by name, extra columns ignored', () => {
    const ledger = [
      ['任务台账（《2024年任务清单》）  截至2025年2月12日 10:00'],
      [...header, '任务清单', '状态', '进度'],
      [
        '行政执法',
        '规范行政执法程序',
        '推行三项制度',
        '区司法局',
        '区市场监管局、西郊街道',
        new Date(Date.UTC(2024, 11, 31)),
        '2024年清单',
        '已办结',
        1,
      ],
    ];
    const rows = parseTaskSheet(ledger, { ...context, headers: SHARED_HEADERS });
    expect(rows.map((row) => row.rowNumber)).toEqual([3]);
    expect(rows[0]?.task).toEqual({
      area: '行政执法',
      title: '规范行政执法程序',
      description: '推行三项制度',
      leadUnitId: 'u-justice',
      cooperatingUnitIds: ['u-market', 'u-street'],
      deadline: '2024-12-31',
    });
  });

  it('finds columns by name in any order and ignores a hint in brackets after a name', () => {
    const rows = parseTaskSheet(
      [
        ['完成时限', '牵头单位', '任务名称', '领域', '任务内容', '配合单位（用顿号分隔）'],
        ['2024-06-30', '区司法局', '标题', '依法决策', '内容', ''],
      ],
      { ...context, headers: SHARED_HEADERS },
    );
    expect(rows[0]?.task).toMatchObject({ area: '依法决策', title: '标题', deadline: '2024-06-30' });
  });
});

describe('the column names the template and the task ledger share', () => {
  it('are the Chinese template’s headers, so a ledger exported in Chinese imports', () => {
    expect(zhTexts.import.headers).toEqual(TASK_SHEET_HEADERS_ZH_CN);
  });
});
