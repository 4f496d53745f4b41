import { percentOf } from '@duban/domain';
import type { TrafficLight } from '@duban/domain';
import { isFindingRowOverdue } from '../../findings/queries/to-finding-object.js';
import type { FindingRow } from '../../findings/projections/finding-row.js';
import { isTaskOverdue, taskTrafficLight } from '../../tasks/queries/to-task-object.js';
import type { TaskRow } from '../../tasks/projections/task-row.js';
import type { UnitRow } from '../../units/projections/unit-row.js';
import type { ReadView } from '../read-view.js';
import type {
  AreaProgressFigures,
  ProgressFigures,
  ProgressReport,
  UnitProgressFigures,
} from './progress-figures.js';

/** Statuses of an issued task that count in progress figures; drafts, removed and cancelled ones do not. */
const COUNTED = new Set(['ASSIGNED', 'IN_PROGRESS', 'AWAITING_REVIEW', 'HANDOFF_PENDING', 'COMPLETED']);
const RECTIFYING = new Set(['RECTIFYING', 'AWAITING_VERIFICATION']);
const LIGHT_RANK: Record<TrafficLight, number> = { GREEN: 0, YELLOW: 1, RED: 2 };

const worse = (a: TrafficLight, b: TrafficLight | null): TrafficLight =>
  b && LIGHT_RANK[b] > LIGHT_RANK[a] ? b : a;
const later = (a: string | null, b: string | null | undefined): string | null =>
  !b ? a : !a || Date.parse(b) > Date.parse(a) ? b : a;

/** Running sums for one group (a unit, an area, the district); rates are taken at the end. */
class Tally {
  tasksLed = 0;
  tasksCooperated = 0;
  acknowledged = 0;
  inProgress = 0;
  awaitingReview = 0;
  completed = 0;
  completedOnTime = 0;
  overdue = 0;
  handoffsIn = 0;
  handoffsOut = 0;
  findings = 0;
  findingsOpen = 0;
  findingsRectifying = 0;
  findingsClosed = 0;
  findingsOverdue = 0;
  lastReportAt: string | null = null;
  light: TrafficLight = 'GREEN';

  /** A task this group is responsible for (as lead, or as area or district). */
  leads(task: TaskRow, view: ReadView): void {
    this.tasksLed += 1;
    if (task.status === 'IN_PROGRESS' || task.status === 'HANDOFF_PENDING') this.inProgress += 1;
    if (task.status === 'AWAITING_REVIEW') this.awaitingReview += 1;
    if (task.status === 'COMPLETED') {
      this.completed += 1;
      if (task.onTime) this.completedOnTime += 1;
    }
    if (isTaskOverdue(task, view)) this.overdue += 1;
    this.light = worse(this.light, taskTrafficLight(task, view));
  }

  finding(finding: FindingRow, view: ReadView): void {
    this.findings += 1;
    if (finding.status === 'CLOSED') this.findingsClosed += 1;
    else this.findingsOpen += 1;
    if (RECTIFYING.has(finding.status)) this.findingsRectifying += 1;
    if (isFindingRowOverdue(finding, view)) {
      this.findingsOverdue += 1;
      this.light = 'RED';
    }
  }

  figures(): ProgressFigures {
    return {
      tasksLed: this.tasksLed,
      tasksCooperated: this.tasksCooperated,
      acknowledged: this.acknowledged,
      inProgress: this.inProgress,
      awaitingReview: this.awaitingReview,
      completed: this.completed,
      overdue: this.overdue,
      completionRate: percentOf(this.completed, this.tasksLed),
      onTimeRate: percentOf(this.completedOnTime, this.completed),
      handoffsIn: this.handoffsIn,
      handoffsOut: this.handoffsOut,
      findingsOpen: this.findingsOpen,
      findingsRectifying: this.findingsRectifying,
      findingsClosed: this.findingsClosed,
      findingsOverdue: this.findingsOverdue,
      rectificationRate: percentOf(this.findingsClosed, this.findings),
      lastReportAt: this.lastReportAt,
      trafficLight: this.light,
    };
  }
}

/**
 * Progress per department, per area and for the district, from task and finding rows and the view's
 * time. The live query and the as-of query both call this with rows from different sources (read
 * tables, or the log folded in memory), so the two cannot disagree on how a figure is counted.
 *
 * Per unit: tasks it leads now and tasks it cooperates on; `acknowledged` counts those of them it has
 * acknowledged in its present role; status counts, overdue, rates and the traffic light are over the
 * tasks it leads (an overdue finding also makes it RED); handoffs count approved ones into and out of
 * the unit; `lastReportAt` is its latest progress report on any task of the list, cooperating or not.
 */
export function computeProgress(
  tasks: readonly TaskRow[],
  findings: readonly FindingRow[],
  units: readonly UnitRow[],
  view: ReadView,
): ProgressReport {
  const byUnit = new Map<string, Tally>();
  const unitTally = (unitId: string) => {
    let tally = byUnit.get(unitId);
    if (!tally) byUnit.set(unitId, (tally = new Tally()));
    return tally;
  };
  for (const unit of units) if (!unit.retired) unitTally(unit.unitId);
  const byArea = new Map<string, Tally>();
  const district = new Tally();

  for (const task of tasks) {
    if (!COUNTED.has(task.status)) continue;
    let area = byArea.get(task.area);
    if (!area) byArea.set(task.area, (area = new Tally()));
    const lead = unitTally(task.leadUnitId);
    for (const tally of [lead, area, district]) tally.leads(task, view);
    const leadAcknowledged = task.units[task.leadUnitId]?.acknowledged === true;
    if (leadAcknowledged) for (const tally of [lead, area, district]) tally.acknowledged += 1;
    for (const unitId of task.cooperatingUnitIds) {
      const tally = unitTally(unitId);
      tally.tasksCooperated += 1;
      area.tasksCooperated += 1;
      district.tasksCooperated += 1;
      if (task.units[unitId]?.acknowledged) tally.acknowledged += 1;
    }
    for (const handoff of task.handoffs) {
      if (handoff.outcome !== 'APPROVED') continue;
      unitTally(handoff.toUnitId).handoffsIn += 1;
      unitTally(handoff.fromUnitId).handoffsOut += 1;
      for (const tally of [area, district]) {
        tally.handoffsIn += 1;
        tally.handoffsOut += 1;
      }
    }
    for (const record of Object.values(task.units)) {
      if (!record.lastReportAt) continue;
      const tally = unitTally(record.unitId);
      tally.lastReportAt = later(tally.lastReportAt, record.lastReportAt);
      area.lastReportAt = later(area.lastReportAt, record.lastReportAt);
      district.lastReportAt = later(district.lastReportAt, record.lastReportAt);
    }
  }
  const areaOfTask = new Map(tasks.map((t) => [t.taskId, t.area]));
  for (const finding of findings) {
    unitTally(finding.unitId).finding(finding, view);
    district.finding(finding, view);
    const area = finding.taskId ? areaOfTask.get(finding.taskId) : undefined;
    if (area) byArea.get(area)?.finding(finding, view);
  }

  const unitsById = new Map(units.map((u) => [u.unitId, u]));
  const unitRows: UnitProgressFigures[] = [...byUnit].map(([unitId, tally]) => ({
    unitId,
    unitName: unitsById.get(unitId)?.name ?? unitId,
    unitKind: unitsById.get(unitId)?.kind ?? 'DEPARTMENT',
    ...tally.figures(),
  }));
  unitRows.sort(
    (a, b) => a.unitKind.localeCompare(b.unitKind) || a.unitName.localeCompare(b.unitName, 'zh-CN'),
  );
  const areas: AreaProgressFigures[] = [...byArea].map(([area, tally]) => ({ area, ...tally.figures() }));
  return { units: unitRows, areas, totals: district.figures() };
}
