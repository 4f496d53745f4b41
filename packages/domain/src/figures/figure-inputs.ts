import type { FindingStatus } from '../findings/finding.values.js';
import type { IndicatorFigures } from '../indicators/indicator.types.js';
import type { TaskStatus } from '../tasks/task.events.js';

/**
 * What the figures need to know of a task. The read model (its task rows) and the report (the log
 * folded with the domain's evolve) each map their own record to this, so both count with the same
 * functions.
 */
export interface FigureTask {
  taskId: string;
  listId: string;
  area: string;
  status: TaskStatus;
  leadUnitId: string;
  cooperatingUnitIds: readonly string[];
  /** Deadline in force, YYYY-MM-DD. */
  deadline: string;
  completionRequestedAt: string | null;
  onTime: boolean | null;
  /** Units that have acknowledged (签收) in their present role: the lead since it became lead. */
  acknowledgedUnitIds: readonly string[];
  /** Approved handoffs, in the order they were approved. */
  approvedHandoffs: readonly { fromUnitId: string; toUnitId: string }[];
  /** Per unit, the latest percent it reported itself (0 when it never reported). */
  percentByUnit: Readonly<Record<string, number>>;
  /** Per unit, its latest feedback: a progress report, or a completion request while it led. */
  lastFeedbackAtByUnit: Readonly<Record<string, string>>;
  /** Per unit, its own latest cumulative figure per indicator. */
  figuresByUnit: Readonly<Record<string, IndicatorFigures>>;
}

/** What the figures need to know of a finding. */
export interface FigureFinding {
  findingId: string;
  inspectionId: string;
  unitId: string;
  taskId: string | null;
  status: FindingStatus;
  /** YYYY-MM-DD, the last day rectification is on time. */
  rectificationDeadline: string;
}

/** What the figures need to know of an inspection: the year whose work it inspects. */
export interface FigureInspection {
  inspectionId: string;
  periodStart: string;
  periodEnd: string;
}

/** What the figures need to know of a task list. */
export interface FigureList {
  listId: string;
  year: number;
}
