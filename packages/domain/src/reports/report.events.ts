import type { ReportDraft } from './report.values.js';

/**
 * A draft generated from the log: the whole text and every figure with its sources, as a snapshot, so
 * a later change in the log never rewrites what was drafted. Generating again records a new version.
 */
export type AnnualReportDraftGenerated = {
  type: 'AnnualReportDraftGenerated';
  data: ReportDraft & { reportId: string; generatedAt: string };
};

/** The office rewrote one section's text; the text before the edit is kept beside it. */
export type AnnualReportSectionEdited = {
  type: 'AnnualReportSectionEdited';
  data: {
    reportId: string;
    year: number;
    scope: string;
    sectionId: string;
    heading: string;
    text: string;
    previousText: string;
    editedAt: string;
  };
};

export type AnnualReportEvent = AnnualReportDraftGenerated | AnnualReportSectionEdited;
