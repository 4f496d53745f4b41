import type { FindingEvent } from '@duban/domain';
import type { ReadAllEvent } from '@duban/event-store';
import type { FoldSpec } from '../../../core/projection/document-projection.js';
import { occurredAt } from '../../../core/projection/event-time.js';
import { change, makeTimelineEntry } from '../../../core/projection/make-timeline-entry.js';
import { FINDING_TIMELINE_TABLE } from './finding-timeline.table.js';
import type { FindingRow } from './finding-row.js';
import { FINDINGS_TABLE } from './findings.table.js';

const TYPES: ReadonlySet<string> = new Set<FindingEvent['type']>([
  'FindingLogged',
  'FindingNotified',
  'RectificationPlanSubmitted',
  'RectificationProgressReported',
  'FindingClosureRequested',
  'RectificationVerified',
  'RectificationReturned',
  'FindingEscalated',
  'FindingReminded',
]);

function evolve(
  row: FindingRow | undefined,
  event: FindingEvent,
  at: string,
): { row: FindingRow; reason: string | null; note: string | null } | null {
  if (event.type === 'FindingLogged') {
    const e = event.data;
    return {
      row: {
        findingId: e.findingId,
        inspectionId: e.inspectionId,
        unitId: e.unitId,
        description: e.description,
        severity: e.severity,
        category: e.category,
        taskId: e.taskId,
        status: 'LOGGED',
        rectificationDeadline: e.rectificationDeadline,
        loggedAt: e.loggedAt,
        notifiedAt: null,
        plan: null,
        percent: 0,
        lastReportAt: null,
        closureRequestedAt: null,
        returns: 0,
        closedAt: null,
        onTime: null,
        escalated: false,
        escalation: null,
        reminders: [],
        evidenceCount: e.evidence.length,
        updatedAt: at,
      },
      reason: null,
      note: e.description,
    };
  }
  if (!row) return null;
  const base: FindingRow = { ...row, updatedAt: at };
  switch (event.type) {
    case 'FindingNotified':
      return {
        row: {
          ...base,
          status: 'NOTIFIED',
          notifiedAt: event.data.notifiedAt,
          rectificationDeadline: event.data.rectificationDeadline,
        },
        reason: null,
        note: null,
      };
    case 'RectificationPlanSubmitted': {
      const e = event.data;
      return {
        row: {
          ...base,
          status: 'RECTIFYING',
          plan: {
            plan: e.plan,
            measures: e.measures,
            plannedCompletionDate: e.plannedCompletionDate,
            plannedAfterDeadline: e.plannedAfterDeadline,
            submittedAt: e.submittedAt,
          },
        },
        reason: null,
        note: e.plan,
      };
    }
    case 'RectificationProgressReported':
      return {
        row: {
          ...base,
          status: 'RECTIFYING',
          percent: event.data.percent,
          lastReportAt: event.data.reportedAt,
          evidenceCount: base.evidenceCount + event.data.evidence.length,
        },
        reason: null,
        note: event.data.narrative,
      };
    case 'FindingClosureRequested':
      return {
        row: {
          ...base,
          status: 'AWAITING_VERIFICATION',
          closureRequestedAt: event.data.requestedAt,
          evidenceCount: base.evidenceCount + event.data.evidence.length,
        },
        reason: null,
        note: event.data.summary,
      };
    case 'RectificationVerified':
      return {
        row: {
          ...base,
          status: 'CLOSED',
          closedAt: event.data.closedAt,
          onTime: event.data.onTime,
          percent: 100,
        },
        reason: event.data.remarks,
        note: null,
      };
    case 'RectificationReturned':
      return {
        row: { ...base, status: 'RECTIFYING', returns: base.returns + 1, closureRequestedAt: null },
        reason: event.data.reason,
        note: null,
      };
    case 'FindingEscalated':
      return {
        row: {
          ...base,
          escalated: true,
          escalation: {
            reason: event.data.reason,
            escalatedBy: event.data.escalatedBy,
            escalatedAt: event.data.escalatedAt,
          },
        },
        reason: event.data.reason,
        note: null,
      };
    case 'FindingReminded':
      return {
        row: { ...base, reminders: [...base.reminders, event.data.threshold] },
        reason: null,
        note: event.data.threshold,
      };
    default: {
      const never: never = event;
      return never;
    }
  }
}

/** Findings with their rectification state, and each finding's timeline. */
export const findingsProjection: FoldSpec = {
  name: 'findings',
  version: 1,
  tables: [FINDINGS_TABLE, FINDING_TIMELINE_TABLE],
  handles: TYPES,
  reads: (event) => [[FINDINGS_TABLE, (event.data as { findingId: string }).findingId]],
  fold(raw: ReadAllEvent, store) {
    const event = { type: raw.type, data: raw.data } as FindingEvent;
    const before = store.get(FINDINGS_TABLE, event.data.findingId);
    const result = evolve(before, event, occurredAt(raw));
    if (!result) return;
    const after = result.row;
    store.put(FINDINGS_TABLE, after.findingId, after);
    if (!store.keepsLogs) return;
    store.append(
      FINDING_TIMELINE_TABLE,
      makeTimelineEntry(raw, after.findingId, {
        unitId: after.unitId,
        reason: result.reason,
        note: result.note,
        changes: [
          ...change('status', before?.status, after.status),
          ...change('rectificationDeadline', before?.rectificationDeadline, after.rectificationDeadline),
          ...change('percent', before?.percent, after.percent),
          ...change('escalated', before?.escalated, after.escalated),
        ],
      }),
    );
  },
};
