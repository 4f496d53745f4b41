import type { IndicatorRule } from '../indicators/indicator.types.js';
import type { IndicatorRuleCatalogue } from './indicator-rule-catalogue.js';

/**
 * A recorded event a figure was computed from, as the report keeps it: enough to find the event again
 * (stream and position) and to say who did it and when, without copying its data.
 */
export interface ReportSourceEvent {
  eventId: string;
  streamId: string;
  streamPosition: number;
  /** The global log position as a decimal string, so the reference survives JSON. */
  globalPosition: string;
  type: string;
  actor: { userId: string; role: string; unitId: string | null };
  recordedAt: string;
}

export type ReportFigureKind = 'COUNT' | 'RATE';
/** FLAGGED figures break a rule (their own or one of the figures they derive from): never printed as sound. */
export type ReportFigureStatus = 'SOUND' | 'FLAGGED';
export type ReportFigureRule = IndicatorRule | 'DERIVED_FROM_FLAGGED';

export interface ReportFigureFlag {
  rule: ReportFigureRule;
  message: string;
  /** The other figures the broken rule involves (local figure ids). */
  relatedFigureIds: string[];
}

/** One figure of the report and the events it was computed from. */
export interface ReportFigure {
  /** Stable across versions of the same report: `task/<taskId>/<indicatorId>`, `inspection/<id>/units`, ... */
  figureId: string;
  sectionId: string;
  label: string;
  /** What the figure is about (the task or inspection title); null for district totals. */
  context: string | null;
  kind: ReportFigureKind;
  /** The count, or the percentage of a rate (one decimal); null when a rate cannot be computed. */
  value: number | null;
  unitOfMeasure: string;
  /** For rates: the two counts the percentage comes from. */
  numerator: number | null;
  denominator: number | null;
  status: ReportFigureStatus;
  flags: ReportFigureFlag[];
  sources: ReportSourceEvent[];
}

/** A section of the report. Level 1 is a part (一、), level 2 a sub-part ((一)). */
export interface ReportSection {
  sectionId: string;
  parentId: string | null;
  level: number;
  heading: string;
  text: string;
  /** The figures the generated text states, in order. */
  figureIds: string[];
}

/** Whose report this is: one task list, or every list of the year (`district`). */
export const REPORT_DISTRICT_SCOPE = 'district';

/** What the draft builder produces and `GenerateReportDraft` records. */
export interface ReportDraft {
  year: number;
  /** A task list id, or `district`. */
  scope: string;
  title: string;
  taskListIds: string[];
  nextYearTaskListIds: string[];
  /** The facts were gathered from the log as it stood at this instant. */
  asOf: string;
  sections: ReportSection[];
  figures: ReportFigure[];
  /** The district's indicator rules the figures were checked against, besides each task's own. */
  ruleCatalogue: IndicatorRuleCatalogue;
}
