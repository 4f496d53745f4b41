import { percentOf } from '../indicators/derive-rates.js';
import { isFindingOverdue } from '../findings/is-finding-overdue.js';
import { isOverdue, trafficLight } from '../tasks/task.deadline.js';
import type { TrafficLight } from '../tasks/task.deadline.js';
import type { TaskStatus } from '../tasks/task.events.js';
import type { FigureFinding, FigureTask } from './figure-inputs.js';

/**
 * Statuses of an issued task that count in progress figures. Drafts, removed and cancelled tasks do
 * not count anywhere.
 */
export const COUNTED_TASK_STATUSES: readonly TaskStatus[] = [
  'ASSIGNED',
  'IN_PROGRESS',
  'AWAITING_REVIEW',
  'HANDOFF_PENDING',
  'COMPLETED',
];
const COUNTED = new Set<string>(COUNTED_TASK_STATUSES);

export const isCountedTask = (task: Pick<FigureTask, 'status'>): boolean => COUNTED.has(task.status);

/**
 * A finding counts from its notification (通报) on: before that it is the inspection team's working
 * note, which no figure shows (the unit it is against must not learn of it from a count).
 */
export const isCountedFinding = (finding: Pick<FigureFinding, 'status'>): boolean =>
  finding.status !== 'LOGGED';

/** Where a counted task stands, as every figure groups it. A pending handoff is still in progress. */
export type ProgressState = 'NOT_ACKNOWLEDGED' | 'IN_PROGRESS' | 'AWAITING_REVIEW' | 'COMPLETED';

export const progressStateOf = (task: Pick<FigureTask, 'status'>): ProgressState | null => {
  switch (task.status) {
    case 'ASSIGNED':
      return 'NOT_ACKNOWLEDGED';
    case 'IN_PROGRESS':
    case 'HANDOFF_PENDING':
      return 'IN_PROGRESS';
    case 'AWAITING_REVIEW':
      return 'AWAITING_REVIEW';
    case 'COMPLETED':
      return 'COMPLETED';
    default:
      return null;
  }
};

/** Progress figures of one group (a unit, an area, the district). */
export interface ProgressFigureSet {
  /** Counted tasks led (a unit: as present lead; an area or the district: its tasks). Sums. */
  tasksLed: number;
  /** Cooperations: each task counted once per cooperating unit it has. Sums. */
  tasksCooperated: number;
  /** Of the tasks led, those the present lead has acknowledged. Sums. */
  acknowledged: number;
  /** Of the cooperations, those the cooperating unit has acknowledged. Sums. */
  cooperationsAcknowledged: number;
  /** Of the tasks led, those in progress (a pending handoff included). Sums. */
  inProgress: number;
  /** Of the tasks led, those awaiting the office's review. Sums. */
  awaitingReview: number;
  /** Of the tasks led, those completed. Sums. */
  completed: number;
  /** Of the completed, those completed on time. Sums. */
  completedOnTime: number;
  /** Of the tasks led, open ones past their deadline at the time asked. Sums. */
  overdue: number;
  /** completed / tasksLed, percent to one decimal; null without tasks. Derived from the summed parts. */
  completionRate: number | null;
  /** completedOnTime / completed, percent; null without completed tasks. */
  onTimeRate: number | null;
  /** Approved handoffs into the unit (an area or the district: of its tasks). Sums. */
  handoffsIn: number;
  /** Approved handoffs away from the unit (an area or the district: of its tasks). Sums. */
  handoffsOut: number;
  /** Findings counted (open and closed). Units sum to the district; areas cover linked findings only. */
  findings: number;
  findingsOpen: number;
  findingsRectifying: number;
  findingsClosed: number;
  findingsOverdue: number;
  /** findingsClosed / findings, percent; null without findings. */
  rectificationRate: number | null;
  /** Latest feedback (progress report or completion request) on the list's tasks; the latest, not a sum. */
  lastReportAt: string | null;
  /** Worst light of the open tasks led; RED also for an overdue finding. The worst, not a sum. */
  trafficLight: TrafficLight;
}

const LIGHT_RANK: Record<TrafficLight, number> = { GREEN: 0, YELLOW: 1, RED: 2 };
const later = (a: string | null, b: string | null | undefined): string | null =>
  !b ? a : !a || Date.parse(b) > Date.parse(a) ? b : a;

/** Running sums for one group; rates are taken at the end from the summed parts. */
class Tally {
  tasksLed = 0;
  tasksCooperated = 0;
  acknowledged = 0;
  cooperationsAcknowledged = 0;
  inProgress = 0;
  awaitingReview = 0;
  completed = 0;
  completedOnTime = 0;
  overdue = 0;
  handoffsIn = 0;
  handoffsOut = 0;
  findings = 0;
  findingsClosed = 0;
  findingsRectifying = 0;
  findingsOverdue = 0;
  lastReportAt: string | null = null;
  light: TrafficLight = 'GREEN';

  lead(task: FigureTask, now: string, yellowDays: number): void {
    this.tasksLed += 1;
    if (task.acknowledgedUnitIds.includes(task.leadUnitId)) this.acknowledged += 1;
    const state = progressStateOf(task);
    if (state === 'IN_PROGRESS') this.inProgress += 1;
    if (state === 'AWAITING_REVIEW') this.awaitingReview += 1;
    if (state === 'COMPLETED') {
      this.completed += 1;
      if (task.onTime === true) this.completedOnTime += 1;
    }
    if (isOverdue(task, now)) this.overdue += 1;
    const light = trafficLight(task, now, yellowDays);
    if (light && LIGHT_RANK[light] > LIGHT_RANK[this.light]) this.light = light;
  }

  cooperate(acknowledged: boolean): void {
    this.tasksCooperated += 1;
    if (acknowledged) this.cooperationsAcknowledged += 1;
  }

  finding(finding: FigureFinding, now: string): void {
    this.findings += 1;
    if (finding.status === 'CLOSED') this.findingsClosed += 1;
    if (finding.status === 'RECTIFYING' || finding.status === 'AWAITING_VERIFICATION') {
      this.findingsRectifying += 1;
    }
    if (isFindingOverdue(finding, now)) {
      this.findingsOverdue += 1;
      this.light = 'RED';
    }
  }

  feedback(at: string): void {
    this.lastReportAt = later(this.lastReportAt, at);
  }

  figures(): ProgressFigureSet {
    return {
      tasksLed: this.tasksLed,
      tasksCooperated: this.tasksCooperated,
      acknowledged: this.acknowledged,
      cooperationsAcknowledged: this.cooperationsAcknowledged,
      inProgress: this.inProgress,
      awaitingReview: this.awaitingReview,
      completed: this.completed,
      completedOnTime: this.completedOnTime,
      overdue: this.overdue,
      completionRate: percentOf(this.completed, this.tasksLed),
      onTimeRate: percentOf(this.completedOnTime, this.completed),
      handoffsIn: this.handoffsIn,
      handoffsOut: this.handoffsOut,
      findings: this.findings,
      findingsOpen: this.findings - this.findingsClosed,
      findingsRectifying: this.findingsRectifying,
      findingsClosed: this.findingsClosed,
      findingsOverdue: this.findingsOverdue,
      rectificationRate: percentOf(this.findingsClosed, this.findings),
      lastReportAt: this.lastReportAt,
      trafficLight: this.light,
    };
  }
}

export interface ProgressTallyInput {
  /** The tasks of the list (or lists); those not counted are passed over. */
  tasks: readonly FigureTask[];
  /** The findings that count for the list, with the area each belongs to (null: no area). */
  findings: readonly { finding: FigureFinding; area: string | null }[];
  /** Units that get a row even with nothing to show, in the order rows should keep. */
  unitIds: readonly string[];
  /** The instant asked for, as the domain's deadline helpers take it. */
  now: string;
  yellowDays: number;
}

export interface ProgressTally {
  /** One row per unit: those of `unitIds`, then any other unit a task or finding names. */
  units: { unitId: string; figures: ProgressFigureSet }[];
  /** One row per area that has a counted task or a finding, in order of first appearance. */
  areas: { area: string; figures: ProgressFigureSet }[];
  totals: ProgressFigureSet;
}

/**
 * Progress per department, per area and for the district: the one definition of every progress
 * figure. The live dashboard, the as-of replay, the ledgers and the report all call this.
 *
 * A task counts for its present lead; at area and district level once. Cooperations count once per
 * cooperating unit at every level, so they too add up. Findings count for their unit and the district;
 * an area counts only the findings linked to its tasks.
 */
export const tallyProgress = (input: ProgressTallyInput): ProgressTally => {
  const byUnit = new Map<string, Tally>();
  const unit = (unitId: string): Tally => {
    let tally = byUnit.get(unitId);
    if (!tally) byUnit.set(unitId, (tally = new Tally()));
    return tally;
  };
  for (const unitId of input.unitIds) unit(unitId);
  const byArea = new Map<string, Tally>();
  const area = (name: string): Tally => {
    let tally = byArea.get(name);
    if (!tally) byArea.set(name, (tally = new Tally()));
    return tally;
  };
  const district = new Tally();
  const { now, yellowDays } = input;

  for (const task of input.tasks) {
    if (!isCountedTask(task)) continue;
    const inArea = area(task.area);
    for (const tally of [unit(task.leadUnitId), inArea, district]) tally.lead(task, now, yellowDays);
    for (const unitId of task.cooperatingUnitIds) {
      const acknowledged = task.acknowledgedUnitIds.includes(unitId);
      for (const tally of [unit(unitId), inArea, district]) tally.cooperate(acknowledged);
    }
    for (const handoff of task.approvedHandoffs) {
      unit(handoff.toUnitId).handoffsIn += 1;
      unit(handoff.fromUnitId).handoffsOut += 1;
      for (const tally of [inArea, district]) {
        tally.handoffsIn += 1;
        tally.handoffsOut += 1;
      }
    }
    for (const [unitId, at] of Object.entries(task.lastFeedbackAtByUnit)) {
      for (const tally of [unit(unitId), inArea, district]) tally.feedback(at);
    }
  }
  for (const { finding, area: findingArea } of input.findings) {
    if (!isCountedFinding(finding)) continue;
    const tallies = [unit(finding.unitId), district];
    if (findingArea !== null) tallies.push(area(findingArea));
    for (const tally of tallies) tally.finding(finding, now);
  }

  return {
    units: [...byUnit].map(([unitId, tally]) => ({ unitId, figures: tally.figures() })),
    areas: [...byArea].map(([name, tally]) => ({ area: name, figures: tally.figures() })),
    totals: district.figures(),
  };
};

/** The fields of a figure set that add up from units to the district (and from areas, but findings). */
export const SUMMED_TASK_FIELDS = [
  'tasksLed',
  'tasksCooperated',
  'acknowledged',
  'cooperationsAcknowledged',
  'inProgress',
  'awaitingReview',
  'completed',
  'completedOnTime',
  'overdue',
  'handoffsIn',
  'handoffsOut',
] as const satisfies readonly (keyof ProgressFigureSet)[];

export const SUMMED_FINDING_FIELDS = [
  'findings',
  'findingsOpen',
  'findingsRectifying',
  'findingsClosed',
  'findingsOverdue',
] as const satisfies readonly (keyof ProgressFigureSet)[];
