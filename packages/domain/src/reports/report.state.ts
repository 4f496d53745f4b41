import type { AnnualReportEvent } from './report.events.js';
import type { ReportDraft } from './report.values.js';

export interface AnnualReportRecord extends ReportDraft {
  status: 'DRAFTED';
  reportId: string;
  /** How many events the stream holds: version N is the state after event N. */
  version: number;
  generatedAt: string;
  updatedAt: string;
  /** Sections whose text the office has rewritten since the last generation. */
  editedSectionIds: string[];
}

export type AnnualReportState = { status: 'NONE'; version: 0 } | AnnualReportRecord;

export const initialAnnualReportState = (): AnnualReportState => ({ status: 'NONE', version: 0 });

export const evolveAnnualReport = (state: AnnualReportState, event: AnnualReportEvent): AnnualReportState => {
  switch (event.type) {
    case 'AnnualReportDraftGenerated': {
      const { generatedAt, ...draft } = event.data;
      return {
        ...draft,
        status: 'DRAFTED',
        version: state.version + 1,
        generatedAt,
        updatedAt: generatedAt,
        editedSectionIds: [],
      };
    }
    case 'AnnualReportSectionEdited': {
      if (state.status === 'NONE') return { ...state, version: 0 };
      const { sectionId, text, editedAt } = event.data;
      return {
        ...state,
        version: state.version + 1,
        updatedAt: editedAt,
        sections: state.sections.map((section) =>
          section.sectionId === sectionId ? { ...section, text } : section,
        ),
        editedSectionIds: state.editedSectionIds.includes(sectionId)
          ? state.editedSectionIds
          : [...state.editedSectionIds, sectionId],
      };
    }
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
};
