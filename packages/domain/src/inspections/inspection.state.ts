import type { InspectionEvent } from './inspection.events.js';
import type { CaseFileReviewOutcome, InspectionKind, UnitFilesSampled } from './inspection.values.js';

export interface InspectionFacts {
  status: 'OPEN' | 'CLOSED';
  inspectionId: string;
  kind: InspectionKind;
  title: string;
  teamUserIds: string[];
  targetUnitIds: string[];
  periodStart: string;
  periodEnd: string;
  filesSampled: number | null;
  filesSampledByUnit: UnitFilesSampled[];
  /** The latest review recorded per unit id. */
  caseFileReviews: Record<string, CaseFileReviewOutcome>;
  noticeIds: string[];
  openedAt: string;
  closedAt: string | null;
}

export type InspectionState = { status: 'NONE' } | InspectionFacts;

export const initialInspectionState = (): InspectionState => ({ status: 'NONE' });

export const evolveInspection = (state: InspectionState, event: InspectionEvent): InspectionState => {
  switch (event.type) {
    case 'InspectionOpened': {
      const { openedBy: _openedBy, ...facts } = event.data;
      return { ...facts, status: 'OPEN', caseFileReviews: {}, noticeIds: [], closedAt: null };
    }
    case 'CaseFileReviewRecorded': {
      if (state.status === 'NONE') return state;
      const { unitId, filesSampled, filesWithIssues, outcome } = event.data;
      return {
        ...state,
        caseFileReviews: { ...state.caseFileReviews, [unitId]: { filesSampled, filesWithIssues, outcome } },
      };
    }
    case 'InspectionNoticeIssued':
      return state.status === 'NONE'
        ? state
        : { ...state, noticeIds: [...state.noticeIds, event.data.noticeId] };
    case 'InspectionClosed':
      return state.status === 'NONE' ? state : { ...state, status: 'CLOSED', closedAt: event.data.closedAt };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
};
