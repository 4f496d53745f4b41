import type { TrafficLight } from '@duban/domain';

/** The per-department figures (and their roll-ups): what the office reads every day. */
export interface ProgressFigures {
  tasksLed: number;
  tasksCooperated: number;
  acknowledged: number;
  inProgress: number;
  awaitingReview: number;
  completed: number;
  overdue: number;
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
  trafficLight: TrafficLight;
}

export interface UnitProgressFigures extends ProgressFigures {
  unitId: string;
  unitName: string;
  unitKind: string;
}

export interface AreaProgressFigures extends ProgressFigures {
  area: string;
}

export interface ProgressReport {
  units: UnitProgressFigures[];
  areas: AreaProgressFigures[];
  totals: ProgressFigures;
}
