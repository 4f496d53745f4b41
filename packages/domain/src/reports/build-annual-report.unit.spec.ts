import { describe, expect, it } from 'vitest';
import { buildAnnualReportDraft, describeViolation, formatAmount } from './build-annual-report.js';
import { gatherReportFacts } from './gather-report-facts.js';
import type { IndicatorRuleCatalogue } from './indicator-rule-catalogue.js';
import { renderReportMarkdown } from './render-report-markdown.js';
import type { ReportDraft, ReportFigure } from './report.values.js';
import { INSPECTION, LIST_2024, LIST_2025, changjiang2024Log } from '../testing/changjiang-2024.history.js';

const CATALOGUE: IndicatorRuleCatalogue = {
  rules: [
    { kind: 'PART_OF', part: '联合部门检查事项', whole: '录入双随机监管事项' },
    { kind: 'RATE', name: '联合检查占比', numerator: '联合部门检查事项', denominator: '录入双随机监管事项' },
  ],
};
const AS_OF = '2025-02-12T02:00:00.000Z';

const draftOf = (catalogue?: IndicatorRuleCatalogue, taskListId: string | null = null): ReportDraft =>
  buildAnnualReportDraft(
    gatherReportFacts(changjiang2024Log(), { year: 2024, taskListId, asOf: AS_OF }),
    catalogue,
  );

const figure = (draft: ReportDraft, figureId: string): ReportFigure => {
  const found = draft.figures.find((candidate) => candidate.figureId === figureId);
  if (!found) throw new Error(`no figure ${figureId}: ${draft.figures.map((f) => f.figureId).join(', ')}`);
  return found;
};
const section = (draft: ReportDraft, sectionId: string) => {
  const found = draft.sections.find((candidate) => candidate.sectionId === sectionId);
  if (!found) throw new Error(`no section ${sectionId}`);
  return found;
};
const sourceIds = (item: ReportFigure) => item.sources.map((source) => source.eventId);
const eventIdsWhere = (test: (streamId: string, type: string, data: Record<string, unknown>) => boolean) =>
  changjiang2024Log()
    .filter((event) => test(event.streamId, event.type, event.data as Record<string, unknown>))
    .map((event) => event.id);

describe('the annual report drafted from the 2024 history', () => {
  const draft = draftOf(CATALOGUE);

  it('follows the seed report’s structure: one part per area, inspections, problems, next year’s plan', () => {
    expect(draft.title).toBe('2024年法治政府建设情况报告');
    expect(draft.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual([
      '一、2024年法治政府建设主要举措及成效',
      '二、存在的主要问题',
      '三、2025年推进法治政府建设工作安排',
    ]);
    expect(draft.sections.filter((s) => s.parentId === 'part-1').map((s) => s.heading)).toEqual([
      '（一）思想引领与统筹',
      '（二）政务服务与营商环境',
      '（三）依法决策',
      '（四）行政执法',
      '（五）矛盾纠纷化解',
      '（六）监督制约',
      '（七）普法宣传',
      '（八）督察检查与问题整改',
    ]);
    expect(draft.taskListIds).toEqual([LIST_2024]);
    expect(draft.nextYearTaskListIds).toEqual([LIST_2025]);
  });

  it('states the mediation figures and derives 271 of 297 as 91.2%', () => {
    const text = section(draft, 'part-1/area/矛盾纠纷化解').text;
    expect(text).toContain('矛盾纠纷排查605次');
    expect(text).toContain('受理人民调解案件297起');
    expect(text).toContain('成功调解271起');
    expect(text).toContain('调解成功率91.2%');
    expect(figure(draft, 'task/mediation/rate/successRate')).toMatchObject({
      kind: 'RATE',
      value: 91.2,
      numerator: 271,
      denominator: 297,
      status: 'SOUND',
    });
  });

  it('carries the seed’s other figures as sound figures', () => {
    const values = (ids: string[]) => ids.map((id) => figure(draft, id).value);
    expect(values(['task/quiet/checks', 'task/quiet/enterprises', 'task/quiet/selfEmployed'])).toEqual([
      505, 115, 390,
    ]);
    expect(values(['task/review/applied', 'task/review/admitted', 'task/review/concluded'])).toEqual([
      57, 50, 49,
    ]);
    expect(values(['task/lenient/notPunished', 'task/lenient/notPunishedAmount'])).toEqual([72, 22.23]);
    expect(values(['task/oversight/proposals', 'task/oversight/motions'])).toEqual([60, 40]);
    expect(values([`inspection/${INSPECTION}/units`, `inspection/${INSPECTION}/files`])).toEqual([6, 22]);
    const sound = ['task/quiet/checks', 'task/review/concluded', 'task/lenient/notPunishedAmount'];
    expect(sound.map((id) => figure(draft, id).status)).toEqual(['SOUND', 'SOUND', 'SOUND']);
    expect(section(draft, 'part-1/area/政务服务与营商环境').text).toContain(
      '执法检查505家次，企业115家次，个体户390家次',
    );
    expect(section(draft, 'part-1/area/行政执法').text).toContain(
      '不予处罚的案件72件，不予行政处罚金额22.23万元',
    );
    expect(section(draft, 'part-1/inspections').text).toContain('6家单位开展案卷评查，抽查案卷22份');
  });

  it('flags 94 joint checks of 93 double-random matters by the district catalogue and never states them as sound', () => {
    const matters = figure(draft, 'task/doubleRandom/matters');
    const joint = figure(draft, 'task/doubleRandom/joint');
    const share = figure(draft, 'task/doubleRandom/rate/catalogue:联合检查占比');
    expect([matters.status, joint.status, share.status]).toEqual(['FLAGGED', 'FLAGGED', 'FLAGGED']);
    expect(joint.flags[0]).toMatchObject({
      rule: 'PART_EXCEEDS_WHOLE',
      relatedFigureIds: ['task/doubleRandom/matters'],
    });
    expect(joint.flags[0]?.message).toBe(
      '其中联合部门检查事项（94件）超过录入双随机监管事项（93件），部分不应大于整体',
    );
    expect(share.flags[0]?.rule).toBe('DERIVED_FROM_FLAGGED');
    const text = section(draft, 'part-1/area/行政执法').text;
    expect(text).not.toContain('联合部门检查事项94件');
    expect(text).not.toContain('录入双随机监管事项93件');
    expect(text).not.toMatch(/联合检查占比\d/);
    expect(text).toContain('〔数据待核实：其中联合部门检查事项（94件）超过录入双随机监管事项（93件）');
    expect(section(draft, 'part-2').text).toContain('2项指标数据不符合统计规则');
  });

  it('drops the sentences of a unit’s narrative that restate a flagged figure, keeping the rest', () => {
    const text = section(draft, 'part-1/area/行政执法').text;
    expect(text).toContain('一是强化执法监管职能。严格落实联合抽查、“一案一码”等制度。〔数据待核实');
    expect(text).not.toContain('占比100%');
    expect(text.replace(/〔[^〕]*〕/g, '')).not.toMatch(/9[34]件/);
  });

  it('leaves 94 of 93 unflagged when the task carries no rule and no catalogue applies', () => {
    const bare = draftOf();
    expect(figure(bare, 'task/doubleRandom/joint').status).toBe('SOUND');
    expect(bare.figures.some((item) => item.status === 'FLAGGED')).toBe(false);
  });

  it('cites exactly the events each figure was computed from', () => {
    const reportsOf = (taskId: string) =>
      eventIdsWhere((stream, type) => stream === `task-${taskId}` && type === 'TaskProgressReported');
    const [first, second] = reportsOf('mediation');
    expect(sourceIds(figure(draft, 'task/mediation/screened'))).toEqual([first]);
    expect(sourceIds(figure(draft, 'task/mediation/accepted'))).toEqual([second]);
    expect(sourceIds(figure(draft, 'task/mediation/rate/successRate'))).toEqual([second]);
    expect(figure(draft, 'task/mediation/rate/successRate').sources[0]).toMatchObject({
      streamId: 'task-mediation',
      type: 'TaskProgressReported',
      actor: { userId: 'user-officer-justice', role: 'UNIT_OFFICER', unitId: 'justice' },
    });
    expect(sourceIds(figure(draft, `inspection/${INSPECTION}/files`))).toEqual(
      eventIdsWhere((_stream, type) => type === 'CaseFileReviewRecorded'),
    );
    expect(sourceIds(figure(draft, 'summary/tasks-completed'))).toEqual(
      eventIdsWhere((_s, type) => type === 'TaskAccepted'),
    );
  });

  it('counts completed tasks against all issued tasks', () => {
    expect(figure(draft, 'summary/tasks-total').value).toBe(9);
    expect(figure(draft, 'summary/tasks-completed').value).toBe(8);
    expect(figure(draft, 'summary/completion-rate').value).toBe(88.9);
  });

  it('lists open and overdue tasks and unclosed findings as problems', () => {
    const text = section(draft, 'part-2').text;
    expect(text).toContain(
      '一是1项任务尚未完成，其中1项已逾期：发展特色普法（牵头单位：丽阳镇，截止2024年11月30日，已逾期）',
    );
    expect(text).toContain('区农村农业水利局：执法全过程记录不完整（整改期限2024年11月30日，已逾期）');
    expect(figure(draft, 'problems/overdue-findings').value).toBe(1);
    expect(section(draft, 'part-1/area/普法宣传').text).toBe(
      '一是发展特色普法（尚在办理）。第1次进度反馈。主要指标：普法宣传活动120场。',
    );
  });

  it('drafts next year’s plan from next year’s list', () => {
    const plan = draft.sections.filter((s) => s.parentId === 'part-3');
    expect(plan.map((s) => s.heading)).toEqual([
      '（一）着力提升领导干部法治思维',
      '（二）着力健全完善行政决策机制',
      '（三）着力规范政府行政执法行为',
      '（四）着力提升法治宣传学习效能',
    ]);
  });

  it('is the same draft for the same log', () => {
    expect(draftOf(CATALOGUE)).toEqual(draft);
  });

  it('renders Markdown with headings, the figures and the flag', () => {
    const markdown = renderReportMarkdown(draft);
    expect(markdown).toContain('# 2024年法治政府建设情况报告');
    expect(markdown).toContain('## 一、2024年法治政府建设主要举措及成效');
    expect(markdown).toContain('### （五）矛盾纠纷化解');
    expect(markdown).toContain('| 调解成功率 | 91.2%（271/297） | 正常 |');
    expect(markdown).toMatch(/\| 其中联合部门检查事项 \| 94件 \| 待核实：/);
  });
});

describe('gathering the facts of one report', () => {
  it('takes one task list when its id is given and names the report after it', () => {
    const facts = gatherReportFacts(changjiang2024Log(), { year: 2024, taskListId: LIST_2024, asOf: AS_OF });
    expect(facts.scope).toBe(LIST_2024);
    expect(facts.tasks).toHaveLength(9);
  });

  it('refuses an unknown list, a list of another year, and a year without an issued list', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return 'none';
    };
    expect(
      codeOf(() => gatherReportFacts(changjiang2024Log(), { year: 2024, taskListId: 'x', asOf: AS_OF })),
    ).toBe('TASK_LIST_NOT_FOUND');
    expect(
      codeOf(() =>
        gatherReportFacts(changjiang2024Log(), { year: 2024, taskListId: LIST_2025, asOf: AS_OF }),
      ),
    ).toBe('REPORT_YEAR_MISMATCH');
    expect(
      codeOf(() => gatherReportFacts(changjiang2024Log(), { year: 2023, taskListId: null, asOf: AS_OF })),
    ).toBe('TASK_LIST_NOT_FOUND');
  });

  it('judges overdue at the instant given', () => {
    const early = gatherReportFacts(changjiang2024Log(), {
      year: 2024,
      taskListId: null,
      asOf: '2024-11-01T00:00:00.000Z',
    });
    expect(early.tasks.filter((fact) => fact.overdue)).toEqual([]);
    expect(early.findings.filter((fact) => fact.overdue)).toEqual([]);
  });
});

describe('printing figures', () => {
  it('prints a figure in full digits, never in exponent notation', () => {
    const huge = formatAmount(1.7e308, 0);
    expect(huge).not.toMatch(/e/i);
    expect(huge).toHaveLength(309);
    expect(huge.startsWith('17')).toBe(true);
    expect(formatAmount(1e21, 0)).toBe('1000000000000000000000');
    expect(formatAmount(5e-7)).toBe('0');
  });

  it('prints an amount at its indicator’s scale, rounded half up and without trailing zeros', () => {
    expect(formatAmount(1142.31, 2)).toBe('1142.31');
    expect(formatAmount(1142.3, 2)).toBe('1142.3');
    expect(formatAmount(12.3456, 4)).toBe('12.3456');
    expect(formatAmount(12.3456, 2)).toBe('12.35');
    expect(formatAmount(0.1 + 0.2, 2)).toBe('0.3');
    expect(formatAmount(2.5, 0)).toBe('3');
    expect(formatAmount(505)).toBe('505');
    expect(formatAmount(-0)).toBe('0');
  });

  it('states a broken sum of amounts at the indicator’s scale', () => {
    const text = describeViolation(
      {
        rule: 'PARTS_DO_NOT_SUM_TO_WHOLE',
        indicatorId: 'total',
        indicatorName: '经费合计',
        value: 0.4,
        parts: [
          { indicatorId: 'a', indicatorName: '专项', value: 0.1 },
          { indicatorId: 'b', indicatorName: '补助', value: 0.2 },
        ],
        message: '',
      },
      () => '万元',
      () => 2,
    );
    expect(text).toContain('0.3万元');
    expect(text).not.toContain('0.30000000000000004');
  });
});
