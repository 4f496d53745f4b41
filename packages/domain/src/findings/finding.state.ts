import type { FindingEvent } from './finding.events.js';
import type { FindingSeverity, FindingStatus, ReminderThreshold } from './finding.values.js';

export interface FindingEscalation {
  reason: string;
  escalatedBy: string;
  escalatedAt: string;
}

export interface FindingFacts {
  status: FindingStatus;
  findingId: string;
  inspectionId: string;
  unitId: string;
  description: string;
  severity: FindingSeverity;
  category: string;
  rectificationDeadline: string;
  taskId: string | null;
  loggedAt: string;
  notifiedAt: string | null;
  plannedCompletionDate: string | null;
  progressPercent: number;
  lastReportedAt: string | null;
  closureRequestedAt: string | null;
  returnCount: number;
  closedAt: string | null;
  onTime: boolean | null;
  escalation: FindingEscalation | null;
  remindersSent: ReminderThreshold[];
}

export type FindingState = { status: 'NONE' } | FindingFacts;

export const initialFindingState = (): FindingState => ({ status: 'NONE' });

export const evolveFinding = (state: FindingState, event: FindingEvent): FindingState => {
  if (event.type === 'FindingLogged') {
    const { data } = event;
    return {
      status: 'LOGGED',
      findingId: data.findingId,
      inspectionId: data.inspectionId,
      unitId: data.unitId,
      description: data.description,
      severity: data.severity,
      category: data.category,
      rectificationDeadline: data.rectificationDeadline,
      taskId: data.taskId,
      loggedAt: data.loggedAt,
      notifiedAt: null,
      plannedCompletionDate: null,
      progressPercent: 0,
      lastReportedAt: null,
      closureRequestedAt: null,
      returnCount: 0,
      closedAt: null,
      onTime: null,
      escalation: null,
      remindersSent: [],
    };
  }
  if (state.status === 'NONE') return state;
  switch (event.type) {
    case 'FindingNotified':
      return { ...state, status: 'NOTIFIED', notifiedAt: event.data.notifiedAt };
    case 'RectificationPlanSubmitted':
      return {
        ...state,
        status: 'RECTIFYING',
        plannedCompletionDate: event.data.plannedCompletionDate,
        lastReportedAt: event.data.submittedAt,
      };
    case 'RectificationProgressReported':
      return { ...state, progressPercent: event.data.percent, lastReportedAt: event.data.reportedAt };
    case 'FindingClosureRequested':
      return {
        ...state,
        status: 'AWAITING_VERIFICATION',
        closureRequestedAt: event.data.requestedAt,
        lastReportedAt: event.data.requestedAt,
      };
    case 'RectificationVerified':
      return { ...state, status: 'CLOSED', closedAt: event.data.closedAt, onTime: event.data.onTime };
    case 'RectificationReturned':
      return { ...state, status: 'RECTIFYING', closureRequestedAt: null, returnCount: state.returnCount + 1 };
    case 'FindingEscalated':
      return {
        ...state,
        escalation: {
          reason: event.data.reason,
          escalatedBy: event.data.escalatedBy,
          escalatedAt: event.data.escalatedAt,
        },
      };
    case 'FindingReminded':
      return { ...state, remindersSent: [...state.remindersSent, event.data.threshold] };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
};
