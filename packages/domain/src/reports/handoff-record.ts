import type { HandoffApproved, HandoffRejected, HandoffRequested } from '../tasks/task.events.js';
import type { ReportLog } from './gather-report-facts.js';
import type { LoggedEvent } from './logged-event.js';

export type HandoffOutcome = 'PENDING' | 'APPROVED' | 'REJECTED';

export interface HandoffRecordRow {
  listTitle: string;
  taskId: string;
  taskTitle: string;
  fromUnit: string;
  toUnit: string;
  reason: string;
  requestedAt: string;
  outcome: HandoffOutcome;
  /** The approver's comment or the rejection's reason. */
  decisionNote: string;
  decidedAt: string | null;
  /** The deadline the new lead took over with; null unless approved. */
  deadline: string | null;
}

const HANDOFF_TYPES = new Set(['HandoffRequested', 'HandoffApproved', 'HandoffRejected']);
type HandoffEvent = HandoffRequested | HandoffApproved | HandoffRejected;

/**
 * 转办记录: every handoff requested on a task of the list (or of every list), in the order requested,
 * with how and when it was decided. Read from the events, since a task's state keeps only the pending one.
 */
export const buildHandoffRecord = (
  events: Iterable<LoggedEvent>,
  log: ReportLog,
  options: { taskListId: string | null },
): HandoffRecordRow[] => {
  const listOf = new Map(log.lists.flatMap((list) => list.taskIds.map((taskId) => [taskId, list] as const)));
  const rows: HandoffRecordRow[] = [];
  const open = new Map<string, HandoffRecordRow>();
  for (const event of events) {
    if (!HANDOFF_TYPES.has(event.type) || !event.streamId.startsWith('task-')) continue;
    const typed = { type: event.type, data: event.data } as HandoffEvent;
    const list = listOf.get(typed.data.taskId);
    if (options.taskListId !== null && list?.listId !== options.taskListId) continue;
    if (typed.type === 'HandoffRequested') {
      const task = log.tasks.get(event.streamId)?.state;
      const row: HandoffRecordRow = {
        listTitle: list?.title ?? '',
        taskId: typed.data.taskId,
        taskTitle: task && task.status !== 'NONE' ? task.title : typed.data.taskId,
        fromUnit: log.unitName(typed.data.fromUnitId),
        toUnit: log.unitName(typed.data.toUnitId),
        reason: typed.data.reason,
        requestedAt: typed.data.requestedAt,
        outcome: 'PENDING',
        decisionNote: '',
        decidedAt: null,
        deadline: null,
      };
      rows.push(row);
      open.set(event.streamId, row);
      continue;
    }
    const row = open.get(event.streamId);
    if (!row) continue;
    open.delete(event.streamId);
    if (typed.type === 'HandoffApproved') {
      row.outcome = 'APPROVED';
      row.decisionNote = typed.data.comment ?? '';
      row.decidedAt = typed.data.approvedAt;
      row.deadline = typed.data.deadline;
    } else {
      row.outcome = 'REJECTED';
      row.decisionNote = typed.data.reason;
      row.decidedAt = typed.data.rejectedAt;
    }
  }
  return rows;
};
