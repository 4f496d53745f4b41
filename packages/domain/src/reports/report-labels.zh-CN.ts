import type { InspectionKind } from '../inspections/inspection.values.js';

/**
 * The wording of the generated report. The report is an official Chinese document, so its text is
 * fixed here rather than taken from the interface locale of whoever generates it.
 */
export const REPORT_LABELS_ZH_CN = Object.freeze({
  title: (year: number) => `${year}年法治政府建设情况报告`,
  part1: (year: number) => `一、${year}年法治政府建设主要举措及成效`,
  part2: '二、存在的主要问题',
  part3: (year: number) => `三、${year}年推进法治政府建设工作安排`,
  inspections: '督察检查与问题整改',
  inspectionKind: {
    RULE_OF_LAW: '法治督察',
    SPECIAL: '专项督察',
    CASE_FILE_REVIEW: '案卷评查',
  } satisfies Record<InspectionKind, string>,
  figure: {
    tasksTotal: '部署任务',
    tasksCompleted: '已完成任务',
    completionRate: '任务完成率',
    unitsInspected: '督察单位',
    filesSampled: '抽查案卷',
    findings: '发现问题',
    findingsClosed: '整改销号',
    rectificationRate: '问题整改率',
    openTasks: '未完成任务',
    overdueTasks: '逾期任务',
    openFindings: '未销号问题',
    overdueFindings: '逾期未销号问题',
  },
  unit: { task: '项', unit: '家', file: '份', finding: '个' },
  ordinal: (n: string) => `${n}是`,
  keyFigures: '主要指标：',
  stillOpen: '（尚在办理）。',
  flagged: (messages: string[]) => `〔数据待核实：${messages.join('；')}〕`,
  partExceedsWhole: (part: string, whole: string) => `${part}超过${whole}，部分不应大于整体`,
  partsDoNotSum: (whole: string, parts: string[], total: string) =>
    `${whole}不等于${parts.join('与')}之和（${total}）`,
  derivedFromFlagged: (name: string) => `${name}由待核实数据计算，不予列示`,
  noCompletedTasks: (open: number) => `该领域${open}项任务尚在推进中，情况见“存在的主要问题”。`,
  noTasks: '该领域本年度未部署任务。',
  noInspections: '本年度未开展督察检查。',
  noProblems: '任务清单各项任务均已完成，督察发现的问题均已整改销号，指标数据均符合统计规则。',
  noNextList: (year: number) => `${year}年任务清单尚未制定。`,
});
