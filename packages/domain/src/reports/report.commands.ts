import type { ReportDraft } from './report.values.js';

/** Records a draft the builder made from the log (the handler gathers the facts and builds it). */
export type GenerateReportDraft = { type: 'GenerateReportDraft'; data: { draft: ReportDraft } };

/**
 * Replaces one section's text. `basedOnVersion`, when given, is the version the editor was looking at:
 * an edit made over a version someone has since replaced is refused rather than silently merged.
 */
export type EditReportSection = {
  type: 'EditReportSection';
  data: { sectionId: string; text: string; basedOnVersion?: number | null };
};

export type AnnualReportCommand = GenerateReportDraft | EditReportSection;
