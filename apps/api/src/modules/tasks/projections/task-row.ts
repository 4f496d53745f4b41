import type { IndicatorFigures, IndicatorSet, TaskStatus } from '@duban/domain';

/** What one unit has done on a task, kept across handoffs so earlier leads keep their record. */
export interface TaskUnitRecord {
  unitId: string;
  /** Acknowledged (签收) in its present role; a handoff asks the new lead to acknowledge again. */
  acknowledged: boolean;
  acknowledgedAt: string | null;
  percent: number;
  /** Its latest feedback: a progress report, or a completion request while it led. */
  lastReportAt: string | null;
  reports: number;
  /** Latest figure this unit reported per indicator. */
  figures: IndicatorFigures;
}

/** One lead's tenure: from its assignment (or the approved handoff) to the handoff away, if any. */
export interface LeadTenure {
  unitId: string;
  from: string;
  to: string | null;
}

export interface HandoffRecord {
  fromUnitId: string;
  toUnitId: string;
  reason: string;
  requestedAt: string;
  outcome: 'PENDING' | 'APPROVED' | 'REJECTED';
  decidedAt: string | null;
  /** The approval's comment or the rejection's reason. */
  decisionNote: string | null;
}

export interface ExtensionRecord {
  currentDeadline: string;
  requestedDeadline: string;
  reason: string;
  requestedAt: string;
  outcome: 'PENDING' | 'APPROVED' | 'REJECTED';
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface UrgeRecord {
  mode: 'MANUAL' | 'AUTOMATIC';
  threshold: string | null;
  message: string | null;
  urgedBy: string;
  urgedAt: string;
  deadline: string;
}

/** A task (督办事项) as the read model keeps it: everything the lists, the detail page and progress need. */
export interface TaskRow {
  taskId: string;
  listId: string;
  area: string;
  title: string;
  description: string;
  status: TaskStatus;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  /** Deadline in force (YYYY-MM-DD). */
  deadline: string;
  /** Deadline when the task was assigned, before any extension. */
  originalDeadline: string | null;
  indicators: IndicatorSet;
  /** Per unit that ever took part (leads, former leads, cooperating units). */
  units: Record<string, TaskUnitRecord>;
  leads: LeadTenure[];
  handoffs: HandoffRecord[];
  extensions: ExtensionRecord[];
  urges: UrgeRecord[];
  /** The present lead's percent, 100 once completed (the domain's `leadPercentOf`). */
  percent: number;
  /** The latest feedback by any unit (`lastFeedbackAtOf`). */
  lastReportAt: string | null;
  /** Each figure summed over the units' own latest figures (`sumUnitFigures`). */
  figuresToDate: IndicatorFigures;
  returns: number;
  draftedAt: string;
  assignedAt: string | null;
  completionRequestedAt: string | null;
  completedAt: string | null;
  onTime: boolean | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  updatedAt: string;
}
