import { lastFeedbackAtOf, leadPercentOf, sumUnitFigures } from '@duban/domain';
import type { TaskEvent } from '@duban/domain';
import type { ReadAllEvent } from '@duban/event-store';
import type { FoldSpec } from '../../../core/projection/document-projection.js';
import { occurredAt } from '../../../core/projection/event-time.js';
import { change, makeTimelineEntry } from '../../../core/projection/make-timeline-entry.js';
import type { FieldChange } from '../../../core/projection/timeline-entry.js';
import { TASK_TIMELINE_TABLE } from './task-timeline.table.js';
import { figureTaskOfRow } from './figure-task-of-row.js';
import type { TaskRow, TaskUnitRecord } from './task-row.js';
import { TASKS_TABLE } from './tasks.table.js';

const TYPES: ReadonlySet<string> = new Set<TaskEvent['type']>([
  'TaskDrafted',
  'TaskEdited',
  'TaskRemoved',
  'TaskRemovalWithdrawn',
  'TaskAssigned',
  'TaskAcknowledged',
  'TaskProgressReported',
  'TaskCompletionRequested',
  'TaskAccepted',
  'TaskReturned',
  'HandoffRequested',
  'HandoffApproved',
  'HandoffRejected',
  'ExtensionRequested',
  'ExtensionApproved',
  'ExtensionRejected',
  'TaskUrged',
  'TaskCancelled',
]);

const unitRecord = (unitId: string): TaskUnitRecord => ({
  unitId,
  acknowledged: false,
  acknowledgedAt: null,
  percent: 0,
  lastReportAt: null,
  reports: 0,
  figures: {},
});

const withUnit = (row: TaskRow, unitId: string, update: (u: TaskUnitRecord) => TaskUnitRecord): TaskRow => ({
  ...row,
  units: { ...row.units, [unitId]: update(row.units[unitId] ?? unitRecord(unitId)) },
});

/** The task after the event, and the timeline details; null row when the event precedes any draft. */
function evolve(
  row: TaskRow | undefined,
  event: TaskEvent,
  at: string,
): { row: TaskRow; unitId: string | null; reason: string | null; note: string | null } | null {
  const d = event.data;
  if (event.type === 'TaskDrafted') {
    return {
      row: {
        taskId: d.taskId,
        listId: d.listId,
        area: event.data.area,
        title: event.data.title,
        description: event.data.description,
        status: 'DRAFT',
        leadUnitId: event.data.leadUnitId,
        cooperatingUnitIds: event.data.cooperatingUnitIds,
        deadline: event.data.deadline,
        originalDeadline: null,
        indicators: event.data.indicators,
        units: {},
        leads: [],
        handoffs: [],
        extensions: [],
        urges: [],
        percent: 0,
        lastReportAt: null,
        figuresToDate: {},
        returns: 0,
        draftedAt: event.data.draftedAt,
        assignedAt: null,
        completionRequestedAt: null,
        completedAt: null,
        onTime: null,
        cancelledAt: null,
        cancelReason: null,
        updatedAt: at,
      },
      unitId: event.data.leadUnitId,
      reason: null,
      note: null,
    };
  }
  if (!row) return null;
  const base: TaskRow = { ...row, updatedAt: at };
  switch (event.type) {
    case 'TaskEdited': {
      const e = event.data;
      return {
        row: {
          ...base,
          area: e.area,
          title: e.title,
          description: e.description,
          leadUnitId: e.leadUnitId,
          cooperatingUnitIds: e.cooperatingUnitIds,
          deadline: e.deadline,
          indicators: e.indicators,
        },
        unitId: null,
        reason: null,
        note: null,
      };
    }
    case 'TaskRemoved':
      return { row: { ...base, status: 'REMOVED' }, unitId: null, reason: event.data.reason, note: null };
    case 'TaskRemovalWithdrawn':
      return { row: { ...base, status: 'DRAFT' }, unitId: null, reason: event.data.reason, note: null };
    case 'TaskAssigned': {
      const e = event.data;
      return {
        row: {
          ...base,
          status: 'ASSIGNED',
          description: e.description,
          leadUnitId: e.leadUnitId,
          cooperatingUnitIds: e.cooperatingUnitIds,
          deadline: e.deadline,
          originalDeadline: e.deadline,
          indicators: e.indicators,
          assignedAt: e.assignedAt,
          leads: [{ unitId: e.leadUnitId, from: e.assignedAt, to: null }],
        },
        unitId: e.leadUnitId,
        reason: null,
        note: null,
      };
    }
    case 'TaskAcknowledged': {
      const e = event.data;
      const next = withUnit(base, e.unitId, (u) => ({
        ...u,
        acknowledged: true,
        acknowledgedAt: e.acknowledgedAt,
      }));
      return {
        row: e.unitRole === 'LEAD' ? { ...next, status: 'IN_PROGRESS' } : next,
        unitId: e.unitId,
        reason: null,
        note: null,
      };
    }
    case 'TaskProgressReported': {
      const e = event.data;
      const next = withUnit(base, e.unitId, (u) => ({
        ...u,
        percent: e.percent,
        lastReportAt: e.reportedAt,
        reports: u.reports + 1,
        figures: { ...u.figures, ...e.figures },
      }));
      return {
        row: {
          ...next,
          status: next.status === 'ASSIGNED' && e.unitRole === 'LEAD' ? 'IN_PROGRESS' : next.status,
          percent: e.unitRole === 'LEAD' ? e.percent : next.percent,
          lastReportAt: e.reportedAt,
          figuresToDate: e.figuresToDate,
        },
        unitId: e.unitId,
        reason: null,
        note: e.narrative,
      };
    }
    case 'TaskCompletionRequested': {
      // A completion request is the lead's latest feedback.
      const next = withUnit(base, event.data.leadUnitId, (u) => ({
        ...u,
        lastReportAt: event.data.requestedAt,
      }));
      return {
        row: {
          ...next,
          status: 'AWAITING_REVIEW',
          completionRequestedAt: event.data.requestedAt,
          deadline: event.data.deadline,
        },
        unitId: event.data.leadUnitId,
        reason: null,
        note: event.data.summary,
      };
    }
    case 'TaskAccepted':
      return {
        row: {
          ...base,
          status: 'COMPLETED',
          completedAt: event.data.completedAt,
          completionRequestedAt: event.data.completionRequestedAt,
          onTime: event.data.onTime,
          deadline: event.data.deadline,
        },
        unitId: event.data.leadUnitId,
        reason: event.data.comment,
        note: null,
      };
    case 'TaskReturned':
      return {
        row: { ...base, status: 'IN_PROGRESS', returns: base.returns + 1, completionRequestedAt: null },
        unitId: event.data.leadUnitId,
        reason: event.data.reason,
        note: null,
      };
    case 'HandoffRequested': {
      const e = event.data;
      return {
        row: {
          ...base,
          status: 'HANDOFF_PENDING',
          handoffs: [
            ...base.handoffs,
            {
              fromUnitId: e.fromUnitId,
              toUnitId: e.toUnitId,
              reason: e.reason,
              requestedAt: e.requestedAt,
              outcome: 'PENDING',
              decidedAt: null,
              decisionNote: null,
            },
          ],
        },
        unitId: e.toUnitId,
        reason: e.reason,
        note: null,
      };
    }
    case 'HandoffApproved': {
      const e = event.data;
      // Both units change role: the new lead acknowledges again, and so does the former lead if it
      // stays on as a cooperating unit (as the domain decides).
      const next = [e.toUnitId, e.fromUnitId].reduce(
        (row, unitId) => withUnit(row, unitId, (u) => ({ ...u, acknowledged: false, acknowledgedAt: null })),
        base,
      );
      return {
        row: {
          ...next,
          status: 'ASSIGNED',
          leadUnitId: e.toUnitId,
          cooperatingUnitIds: e.cooperatingUnitIds,
          deadline: e.deadline,
          percent: next.units[e.toUnitId]?.percent ?? 0,
          leads: [
            ...next.leads.map((t) => (t.to === null ? { ...t, to: e.approvedAt } : t)),
            { unitId: e.toUnitId, from: e.approvedAt, to: null },
          ],
          handoffs: decideLast(next.handoffs, 'APPROVED', e.approvedAt, e.comment),
        },
        unitId: e.toUnitId,
        reason: e.comment,
        note: null,
      };
    }
    case 'HandoffRejected':
      return {
        row: {
          ...base,
          status: event.data.restoredStatus,
          handoffs: decideLast(base.handoffs, 'REJECTED', event.data.rejectedAt, event.data.reason),
        },
        unitId: event.data.toUnitId,
        reason: event.data.reason,
        note: null,
      };
    case 'ExtensionRequested': {
      const e = event.data;
      return {
        row: {
          ...base,
          extensions: [
            ...base.extensions,
            {
              currentDeadline: e.currentDeadline,
              requestedDeadline: e.requestedDeadline,
              reason: e.reason,
              requestedAt: e.requestedAt,
              outcome: 'PENDING',
              decidedAt: null,
              decisionNote: null,
            },
          ],
        },
        unitId: e.leadUnitId,
        reason: e.reason,
        note: null,
      };
    }
    case 'ExtensionApproved':
      return {
        row: {
          ...base,
          deadline: event.data.newDeadline,
          extensions: decideLast(base.extensions, 'APPROVED', event.data.approvedAt, event.data.comment),
        },
        unitId: event.data.leadUnitId,
        reason: event.data.comment,
        note: null,
      };
    case 'ExtensionRejected':
      return {
        row: {
          ...base,
          extensions: decideLast(base.extensions, 'REJECTED', event.data.rejectedAt, event.data.reason),
        },
        unitId: event.data.leadUnitId,
        reason: event.data.reason,
        note: null,
      };
    case 'TaskUrged': {
      const e = event.data;
      return {
        row: {
          ...base,
          urges: [
            ...base.urges,
            {
              mode: e.mode,
              threshold: e.threshold,
              message: e.message,
              urgedBy: e.urgedBy,
              urgedAt: e.urgedAt,
              deadline: e.deadline,
            },
          ],
        },
        unitId: e.leadUnitId,
        reason: e.message,
        note: e.threshold,
      };
    }
    case 'TaskCancelled':
      return {
        row: {
          ...base,
          status: 'CANCELLED',
          cancelledAt: event.data.cancelledAt,
          cancelReason: event.data.reason,
        },
        unitId: event.data.leadUnitId,
        reason: event.data.reason,
        note: null,
      };
    default: {
      const never: never = event;
      return never;
    }
  }
}

/**
 * The row's task-wide progress fields, from its per-unit records by the domain's definitions: the
 * present lead's percent (100 once completed), the latest feedback, and each figure summed over units.
 */
function withDerivedFigures(row: TaskRow): TaskRow {
  const task = figureTaskOfRow(row);
  return {
    ...row,
    percent: leadPercentOf(task),
    lastReportAt: lastFeedbackAtOf(task),
    figuresToDate: sumUnitFigures(row.indicators, task.figuresByUnit),
  };
}

/** Settles the pending request (the last one still PENDING). */
function decideLast<T extends { outcome: string; decidedAt: string | null; decisionNote: string | null }>(
  records: T[],
  outcome: 'APPROVED' | 'REJECTED',
  decidedAt: string,
  note: string | null,
): T[] {
  const index = records.map((r) => r.outcome).lastIndexOf('PENDING');
  if (index < 0) return records;
  return records.map((r, i) => (i === index ? { ...r, outcome, decidedAt, decisionNote: note } : r));
}

/** Old and new values of the fields the timeline shows. */
function changesOf(before: TaskRow | undefined, after: TaskRow, unitId: string | null): FieldChange[] {
  const unitPercent = (row: TaskRow | undefined) => (unitId ? (row?.units[unitId]?.percent ?? null) : null);
  return [
    ...change('status', before?.status, after.status),
    ...change('leadUnitId', before?.leadUnitId, after.leadUnitId),
    ...change('cooperatingUnitIds', before?.cooperatingUnitIds, after.cooperatingUnitIds),
    ...change('deadline', before?.deadline, after.deadline),
    ...change('title', before?.title, after.title),
    ...change('area', before?.area, after.area),
    ...change('description', before?.description, after.description),
    ...(unitId ? change('percent', unitPercent(before), unitPercent(after)) : []),
  ];
}

/** Tasks, their per-unit records, handoffs, extensions, urges and figures, and each task's timeline. */
export const tasksProjection: FoldSpec = {
  name: 'tasks',
  // 2: feedback includes completion requests; figures summed over units; handoffs re-ask both units.
  version: 2,
  tables: [TASKS_TABLE, TASK_TIMELINE_TABLE],
  handles: TYPES,
  reads: (event) => [[TASKS_TABLE, (event.data as { taskId: string }).taskId]],
  fold(raw: ReadAllEvent, store) {
    const event = { type: raw.type, data: raw.data } as TaskEvent;
    const before = store.get(TASKS_TABLE, event.data.taskId);
    const result = evolve(before, event, occurredAt(raw));
    if (!result) return;
    result.row = withDerivedFigures(result.row);
    store.put(TASKS_TABLE, result.row.taskId, result.row);
    if (!store.keepsLogs) return;
    store.append(
      TASK_TIMELINE_TABLE,
      makeTimelineEntry(raw, result.row.taskId, {
        unitId: result.unitId,
        reason: result.reason,
        note: result.note,
        changes: changesOf(before, result.row, result.unitId),
      }),
    );
  },
};
