import { countsForList } from '../figures/finding-attribution.js';
import { figureFindingOfFacts, figureTaskOfRecord } from '../figures/of-task-record.js';
import { tallyProgress } from '../figures/progress-tally.js';
import { lastFeedbackAtOf, leadPercentOf } from '../figures/task-figures.js';
import { isFindingOverdue } from '../findings/is-finding-overdue.js';
import { NOTICE_LABELS_ZH_CN } from '../inspections/notice-labels.zh-CN.js';
import { isOverdue } from '../tasks/task.deadline.js';
import type { TaskStatus } from '../tasks/task.events.js';
import type { TaskRecord } from '../tasks/task.state.js';
import { taskStream } from '../tasks/task.stream.js';
import { describeViolation, formatAmount } from './build-annual-report.js';
import { figureViolations } from './indicator-rule-catalogue.js';
import type { IndicatorRuleCatalogue } from './indicator-rule-catalogue.js';
import { attributeLoggedFinding } from './gather-report-facts.js';
import type { ReportLog } from './gather-report-facts.js';

/** Task statuses as the ledgers print them. */
export const TASK_STATUS_ZH_CN: Record<TaskStatus, string> = {
  DRAFT: '草拟',
  ASSIGNED: '已交办',
  IN_PROGRESS: '办理中',
  AWAITING_REVIEW: '待审核',
  HANDOFF_PENDING: '转办待批',
  COMPLETED: '已办结',
  CANCELLED: '已撤销',
  REMOVED: '已删除',
};

export interface TaskLedgerRow {
  listTitle: string;
  area: string;
  taskId: string;
  title: string;
  /** What the task asks, as the import sheet's 任务内容 column has it. */
  description: string;
  leadUnit: string;
  cooperatingUnits: string;
  deadline: string;
  status: string;
  /** The present lead's progress (`leadPercentOf`: 100 once completed). */
  progress: number;
  /** The latest feedback on the task by any unit (progress report or completion request). */
  lastReportAt: string | null;
  figures: string;
  /** Broken indicator rules, in words; empty when the figures are sound. */
  flags: string;
  completedAt: string | null;
  onTime: boolean | null;
  overdue: boolean;
}

const issuedTasks = (log: ReportLog, taskListId: string | null): { listTitle: string; task: TaskRecord }[] =>
  log.lists
    .filter((list) => list.issued && (taskListId === null || list.listId === taskListId))
    .flatMap((list) =>
      list.taskIds.flatMap((taskId) => {
        const task = log.tasks.get(taskStream(taskId))?.state;
        return task && task.status !== 'NONE' && task.status !== 'DRAFT' && task.status !== 'REMOVED'
          ? [{ listTitle: list.title, task }]
          : [];
      }),
    );

/** 台账 of tasks: one row per issued task of the list (or of every list), with figures and their flags. */
export const buildTaskLedger = (
  log: ReportLog,
  options: { taskListId: string | null; asOf: string; catalogue: IndicatorRuleCatalogue },
): TaskLedgerRow[] =>
  issuedTasks(log, options.taskListId).map(({ listTitle, task }) => {
    const unitOf = (id: string) =>
      task.indicators.indicators.find((def) => def.id === id)?.unitOfMeasure ?? '';
    return {
      listTitle,
      area: task.area,
      taskId: task.taskId,
      title: task.title,
      description: task.description,
      leadUnit: log.unitName(task.leadUnitId),
      cooperatingUnits: task.cooperatingUnitIds.map(log.unitName).join('、'),
      deadline: task.deadline,
      status: TASK_STATUS_ZH_CN[task.status],
      progress: leadPercentOf(figureTaskOfRecord(task)),
      lastReportAt: lastFeedbackAtOf(task),
      figures: task.indicators.indicators
        .filter((def) => task.figures[def.id] !== undefined)
        .map((def) => `${def.name}${formatAmount(task.figures[def.id]!)}${unitOf(def.id)}`)
        .join('；'),
      flags: figureViolations(task.indicators, task.figures, options.catalogue)
        .map((violation) => describeViolation(violation, unitOf))
        .join('；'),
      completedAt: task.completedAt,
      onTime: task.onTime,
      overdue: isOverdue(task, options.asOf),
    };
  });

export interface RectificationLedgerRow {
  inspectionTitle: string;
  inspectionKind: string;
  unit: string;
  findingId: string;
  description: string;
  severity: string;
  category: string;
  rectificationDeadline: string;
  status: string;
  plannedCompletionDate: string | null;
  progress: number;
  closedAt: string | null;
  onTime: boolean | null;
  overdue: boolean;
  escalated: boolean;
}

/** 整改台账: one row per finding, with its inspection, its unit and where its rectification stands. */
export const buildRectificationLedger = (
  log: ReportLog,
  options: { asOf: string },
): RectificationLedgerRow[] => {
  const inspections = new Map(
    log.inspections.flatMap((track) =>
      track.state.status === 'NONE' ? [] : [[track.state.inspectionId, track.state] as const],
    ),
  );
  return log.findings.flatMap((track) => {
    const finding = track.state;
    if (finding.status === 'NONE') return [];
    const inspection = inspections.get(finding.inspectionId);
    return [
      {
        inspectionTitle: inspection?.title ?? finding.inspectionId,
        inspectionKind: inspection ? NOTICE_LABELS_ZH_CN.kind[inspection.kind] : '',
        unit: log.unitName(finding.unitId),
        findingId: finding.findingId,
        description: finding.description,
        severity: NOTICE_LABELS_ZH_CN.severity[finding.severity],
        category: finding.category,
        rectificationDeadline: finding.rectificationDeadline,
        status: NOTICE_LABELS_ZH_CN.status[finding.status],
        plannedCompletionDate: finding.plannedCompletionDate,
        progress: finding.status === 'CLOSED' ? 100 : finding.progressPercent,
        closedAt: finding.closedAt,
        onTime: finding.onTime,
        overdue: isFindingOverdue(finding, options.asOf),
        escalated: finding.escalation !== null,
      },
    ];
  });
};

export interface DepartmentProgressRow {
  unitId: string;
  unitName: string;
  tasksLed: number;
  /** Cooperations: tasks the unit cooperates on. */
  tasksCooperating: number;
  /** Tasks led that the unit, as present lead, has acknowledged. */
  acknowledged: number;
  /** Cooperations the unit has acknowledged. */
  cooperationsAcknowledged: number;
  inProgress: number;
  awaitingReview: number;
  completed: number;
  overdue: number;
  /** Percent, one decimal; null when the unit leads no task. */
  completionRate: number | null;
  onTimeRate: number | null;
  handoffsIn: number;
  handoffsOut: number;
  findingsOpen: number;
  findingsRectifying: number;
  findingsClosed: number;
  findingsOverdue: number;
  rectificationRate: number | null;
  lastReportAt: string | null;
}

/**
 * Progress per department for a task list (or every list), counted by the domain's one definition
 * (`tallyProgress`), exactly as the dashboard counts it: tasks led and co-operated and where they
 * stand, handoffs of the list's tasks, the findings that count for the list and their rectification.
 * Every registered unit still in service has a row, in the order registered, and so does any other
 * unit a task or finding names, so a unit with nothing to do shows as such rather than missing.
 */
export const buildDepartmentProgress = (
  log: ReportLog,
  options: { taskListId: string | null; asOf: string },
): DepartmentProgressRow[] => {
  const tasks = issuedTasks(log, options.taskListId).map(({ task }) => figureTaskOfRecord(task));
  const list = options.taskListId === null ? null : log.lists.find((l) => l.listId === options.taskListId);
  const findings = log.findings.flatMap((track) => {
    const finding = track.state;
    if (finding.status === 'NONE') return [];
    const attribution = attributeLoggedFinding(log, finding);
    if (list && !countsForList(attribution, list)) return [];
    return [{ finding: figureFindingOfFacts(finding), area: attribution.area }];
  });
  const tally = tallyProgress({
    tasks,
    findings,
    unitIds: log.units.filter((unit) => unit.status !== 'RETIRED').map((unit) => unit.unitId),
    now: options.asOf,
    // The ledger prints no traffic light.
    yellowDays: 0,
  });
  return tally.units.map(({ unitId, figures }) => ({
    unitId,
    unitName: log.unitName(unitId),
    tasksLed: figures.tasksLed,
    tasksCooperating: figures.tasksCooperated,
    acknowledged: figures.acknowledged,
    cooperationsAcknowledged: figures.cooperationsAcknowledged,
    inProgress: figures.inProgress,
    awaitingReview: figures.awaitingReview,
    completed: figures.completed,
    overdue: figures.overdue,
    completionRate: figures.completionRate,
    onTimeRate: figures.onTimeRate,
    handoffsIn: figures.handoffsIn,
    handoffsOut: figures.handoffsOut,
    findingsOpen: figures.findingsOpen,
    findingsRectifying: figures.findingsRectifying,
    findingsClosed: figures.findingsClosed,
    findingsOverdue: figures.findingsOverdue,
    rectificationRate: figures.rectificationRate,
    lastReportAt: figures.lastReportAt,
  }));
};
