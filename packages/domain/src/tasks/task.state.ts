import { sumUnitFigures } from '../figures/task-figures.js';
import type { IndicatorFigures, IndicatorSet } from '../indicators/indicator.types.js';
import type { HandoffOrigin, TaskEvent, TaskStatus } from './task.events.js';

export interface PendingHandoff {
  fromUnitId: string;
  toUnitId: string;
  reason: string;
  previousStatus: HandoffOrigin;
  requestedAt: string;
}

export interface PendingExtension {
  requestedDeadline: string;
  reason: string;
  requestedAt: string;
}

export interface TaskRecord {
  status: TaskStatus;
  taskId: string;
  listId: string;
  area: string;
  title: string;
  description: string;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  deadline: string;
  indicators: IndicatorSet;
  /** Whether the current lead has acknowledged; reset when a handoff brings a new lead. */
  leadAcknowledged: boolean;
  acknowledgedCooperatingUnitIds: string[];
  /** Latest percent each unit reported; kept across handoffs so earlier leads keep their record. */
  progressByUnit: Record<string, number>;
  /** Per unit, its own latest cumulative figure per indicator (each unit reports its own). */
  figuresByUnit: Record<string, IndicatorFigures>;
  /** The task's figure per indicator: the sum over its units of `figuresByUnit` (`sumUnitFigures`). */
  figures: IndicatorFigures;
  /** Per unit, its latest feedback: a progress report, or a completion request while it led. */
  lastFeedbackAtByUnit: Record<string, string>;
  /** Handoffs approved, in order. */
  approvedHandoffs: { fromUnitId: string; toUnitId: string }[];
  handoff: PendingHandoff | null;
  extension: PendingExtension | null;
  /** Keys `<threshold>@<deadline>` of automatic urges already sent. */
  automaticUrges: string[];
  assignedAt: string | null;
  /** When the lead last asked for completion; on-time is judged against this. */
  completionRequestedAt: string | null;
  completedAt: string | null;
  onTime: boolean | null;
}

export type TaskState = { status: 'NONE' } | TaskRecord;

export const initialTaskState = (): TaskState => ({ status: 'NONE' });

export const automaticUrgeKey = (threshold: string, deadline: string): string => `${threshold}@${deadline}`;

export const evolveTask = (state: TaskState, event: TaskEvent): TaskState => {
  if (event.type === 'TaskDrafted') {
    const { taskId, listId, area, title, description, leadUnitId, cooperatingUnitIds, deadline, indicators } =
      event.data;
    return {
      status: 'DRAFT',
      taskId,
      listId,
      area,
      title,
      description,
      leadUnitId,
      cooperatingUnitIds,
      deadline,
      indicators,
      leadAcknowledged: false,
      acknowledgedCooperatingUnitIds: [],
      progressByUnit: {},
      figuresByUnit: {},
      figures: {},
      lastFeedbackAtByUnit: {},
      approvedHandoffs: [],
      handoff: null,
      extension: null,
      automaticUrges: [],
      assignedAt: null,
      completionRequestedAt: null,
      completedAt: null,
      onTime: null,
    };
  }
  if (state.status === 'NONE') return state;
  switch (event.type) {
    case 'TaskEdited': {
      const { area, title, description, leadUnitId, cooperatingUnitIds, deadline, indicators } = event.data;
      return { ...state, area, title, description, leadUnitId, cooperatingUnitIds, deadline, indicators };
    }
    case 'TaskRemoved':
      return { ...state, status: 'REMOVED' };
    case 'TaskRemovalWithdrawn':
      return { ...state, status: 'DRAFT' };
    case 'TaskAssigned':
      return { ...state, status: 'ASSIGNED', assignedAt: event.data.assignedAt };
    case 'TaskAcknowledged':
      return event.data.unitRole === 'LEAD'
        ? { ...state, status: 'IN_PROGRESS', leadAcknowledged: true }
        : {
            ...state,
            acknowledgedCooperatingUnitIds: [...state.acknowledgedCooperatingUnitIds, event.data.unitId],
          };
    case 'TaskProgressReported': {
      const { unitId, percent, figures, reportedAt } = event.data;
      const figuresByUnit = {
        ...state.figuresByUnit,
        [unitId]: { ...state.figuresByUnit[unitId], ...figures },
      };
      return {
        ...state,
        progressByUnit: { ...state.progressByUnit, [unitId]: percent },
        figuresByUnit,
        figures: sumUnitFigures(state.indicators, figuresByUnit),
        lastFeedbackAtByUnit: { ...state.lastFeedbackAtByUnit, [unitId]: reportedAt },
      };
    }
    case 'TaskCompletionRequested':
      return {
        ...state,
        status: 'AWAITING_REVIEW',
        completionRequestedAt: event.data.requestedAt,
        lastFeedbackAtByUnit: {
          ...state.lastFeedbackAtByUnit,
          [event.data.leadUnitId]: event.data.requestedAt,
        },
      };
    case 'TaskAccepted':
      return {
        ...state,
        status: 'COMPLETED',
        completedAt: event.data.completedAt,
        onTime: event.data.onTime,
        extension: null,
      };
    case 'TaskReturned':
      return { ...state, status: 'IN_PROGRESS' };
    case 'HandoffRequested': {
      const { fromUnitId, toUnitId, reason, previousStatus, requestedAt } = event.data;
      return {
        ...state,
        status: 'HANDOFF_PENDING',
        handoff: { fromUnitId, toUnitId, reason, previousStatus, requestedAt },
      };
    }
    case 'HandoffApproved':
      return {
        ...state,
        status: 'ASSIGNED',
        leadUnitId: event.data.toUnitId,
        cooperatingUnitIds: event.data.cooperatingUnitIds,
        acknowledgedCooperatingUnitIds: state.acknowledgedCooperatingUnitIds.filter(
          (unitId) => unitId !== event.data.toUnitId,
        ),
        leadAcknowledged: false,
        handoff: null,
        approvedHandoffs: [
          ...state.approvedHandoffs,
          { fromUnitId: event.data.fromUnitId, toUnitId: event.data.toUnitId },
        ],
      };
    case 'HandoffRejected':
      return { ...state, status: event.data.restoredStatus, handoff: null };
    case 'ExtensionRequested': {
      const { requestedDeadline, reason, requestedAt } = event.data;
      return { ...state, extension: { requestedDeadline, reason, requestedAt } };
    }
    case 'ExtensionApproved':
      return { ...state, deadline: event.data.newDeadline, extension: null };
    case 'ExtensionRejected':
      return { ...state, extension: null };
    case 'TaskUrged':
      return event.data.mode === 'AUTOMATIC' && event.data.threshold !== null
        ? {
            ...state,
            automaticUrges: [
              ...state.automaticUrges,
              automaticUrgeKey(event.data.threshold, event.data.deadline),
            ],
          }
        : state;
    case 'TaskCancelled':
      return { ...state, status: 'CANCELLED', handoff: null, extension: null };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
};
