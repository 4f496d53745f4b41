import { assertFiguresConsistent } from '../indicators/assert-figures-consistent.js';
import { deriveRates } from '../indicators/derive-rates.js';
import { indicatorSetWithKinds } from '../indicators/indicator-kind.js';
import { validateFigures } from '../indicators/validate-figures.js';
import { validateIndicatorSet } from '../indicators/validate-indicator-set.js';
import type { IndicatorSet } from '../indicators/indicator.types.js';
import type { DecisionContext } from '../shared/actor.js';
import { invalidState, notFound, validation } from '../shared/domain-error.js';
import { requireEvidence } from '../shared/evidence.js';
import {
  TEXT_LIMITS,
  isIsoInstant,
  requireDeadline,
  optionalText,
  requireDistinctTexts,
  requireInteger,
  requireText,
} from '../shared/validation.js';
import { assertMayRunTaskCommand } from './task.access.js';
import type { TaskCommand } from './task.commands.js';
import { isUrgeThresholdReached, isWithinDeadline, parseUrgeThreshold } from './task.deadline.js';
import type { TaskContent, TaskEdited, TaskEvent, TaskRef, TaskStatus, TaskUnitRole } from './task.events.js';
import { automaticUrgeKey, evolveTask, initialTaskState } from './task.state.js';
import type { TaskRecord, TaskState } from './task.state.js';

const OPEN: TaskStatus[] = ['ASSIGNED', 'IN_PROGRESS', 'AWAITING_REVIEW', 'HANDOFF_PENDING'];
/** Statuses in which the units still owe work, so an automatic reminder makes sense. */
const URGEABLE_AUTOMATICALLY: TaskStatus[] = ['ASSIGNED', 'IN_PROGRESS', 'HANDOFF_PENDING'];

const refOf = (task: TaskRecord): TaskRef => ({
  taskId: task.taskId,
  listId: task.listId,
  area: task.area,
  title: task.title,
});

const existing = (state: TaskState, taskId: string): TaskRecord => {
  if (state.status === 'NONE') throw notFound('TASK_NOT_FOUND', `task ${taskId} does not exist`, { taskId });
  return state;
};

const requireStatus = (task: TaskRecord, allowed: TaskStatus[], code: string): void => {
  if (!allowed.includes(task.status)) {
    throw invalidState(code, `task ${task.taskId} is ${task.status}; expected ${allowed.join(' or ')}`, {
      taskId: task.taskId,
      status: task.status,
      allowed,
    });
  }
};

const requireCooperating = (value: unknown, leadUnitId: string): string[] => {
  const units = requireDistinctTexts('cooperatingUnitIds', value ?? [], TEXT_LIMITS.id, { allowEmpty: true });
  if (units.includes(leadUnitId)) {
    throw validation('LEAD_ALSO_COOPERATING', `unit ${leadUnitId} cannot both lead and cooperate`, {
      field: 'cooperatingUnitIds',
      unitId: leadUnitId,
    });
  }
  return units;
};

const roleOf = (task: TaskRecord, unitId: string): TaskUnitRole => {
  if (task.leadUnitId === unitId) return 'LEAD';
  if (task.cooperatingUnitIds.includes(unitId)) return 'COOPERATING';
  throw validation(
    'UNIT_NOT_ON_TASK',
    `unit ${unitId} is neither lead nor cooperating on task ${task.taskId}`,
    {
      taskId: task.taskId,
      unitId,
    },
  );
};

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const indicatorsOf = (value: unknown): IndicatorSet => validateIndicatorSet(value);

/**
 * Decides task commands. Order: access (`assertMayRunTaskCommand`), existence (TASK_NOT_FOUND),
 * status, then input. Every refusal is a DomainError with a specific code; nothing is decided on a
 * refusal.
 */
export const decideTask = (command: TaskCommand, state: TaskState, ctx: DecisionContext): TaskEvent[] => {
  assertMayRunTaskCommand(command, state, ctx.actor);
  if (!isIsoInstant(ctx.now))
    throw validation('VALIDATION', 'now: must be an ISO 8601 instant', { now: ctx.now });
  const now = ctx.now;
  switch (command.type) {
    case 'DraftTask': {
      if (state.status !== 'NONE') {
        throw invalidState('TASK_ALREADY_EXISTS', `task ${state.taskId} already exists`, {
          taskId: state.taskId,
        });
      }
      const d = command.data;
      const leadUnitId = requireText('leadUnitId', d.leadUnitId, TEXT_LIMITS.id);
      return [
        {
          type: 'TaskDrafted',
          data: {
            taskId: requireText('taskId', d.taskId, TEXT_LIMITS.id),
            listId: requireText('listId', d.listId, TEXT_LIMITS.id),
            area: requireText('area', d.area, TEXT_LIMITS.area),
            title: requireText('title', d.title, TEXT_LIMITS.title),
            description: requireText('description', d.description, TEXT_LIMITS.description),
            leadUnitId,
            cooperatingUnitIds: requireCooperating(d.cooperatingUnitIds, leadUnitId),
            deadline: requireDeadline('deadline', d.deadline, now),
            indicators: indicatorsOf(d.indicators),
            draftedAt: now,
          },
        },
      ];
    }
    case 'EditTask': {
      const task = existing(state, command.data.taskId);
      requireStatus(task, ['DRAFT'], 'TASK_NOT_DRAFT');
      const d = command.data;
      const leadUnitId =
        d.leadUnitId === undefined
          ? task.leadUnitId
          : requireText('leadUnitId', d.leadUnitId, TEXT_LIMITS.id);
      const next: TaskContent = {
        area: d.area === undefined ? task.area : requireText('area', d.area, TEXT_LIMITS.area),
        title: d.title === undefined ? task.title : requireText('title', d.title, TEXT_LIMITS.title),
        description:
          d.description === undefined
            ? task.description
            : requireText('description', d.description, TEXT_LIMITS.description),
        leadUnitId,
        cooperatingUnitIds: requireCooperating(
          d.cooperatingUnitIds === undefined ? task.cooperatingUnitIds : d.cooperatingUnitIds,
          leadUnitId,
        ),
        deadline: d.deadline === undefined ? task.deadline : requireDeadline('deadline', d.deadline, ctx.now),
        indicators: d.indicators === undefined ? task.indicators : indicatorsOf(d.indicators),
      };
      const changedFields: TaskEdited['data']['changedFields'] = [];
      const previous: Partial<TaskContent> = {};
      for (const field of Object.keys(next) as (keyof TaskContent)[]) {
        const same =
          field === 'indicators'
            ? sameJson(indicatorSetWithKinds(next.indicators), indicatorSetWithKinds(task.indicators))
            : sameJson(next[field], task[field]);
        if (!same) {
          changedFields.push(field);
          Object.assign(previous, { [field]: task[field] });
        }
      }
      if (changedFields.length === 0) return [];
      return [
        {
          type: 'TaskEdited',
          data: { taskId: task.taskId, listId: task.listId, ...next, changedFields, previous, editedAt: now },
        },
      ];
    }
    case 'RemoveTask': {
      const task = existing(state, command.data.taskId);
      requireStatus(task, ['DRAFT'], 'TASK_NOT_DRAFT');
      return [
        {
          type: 'TaskRemoved',
          data: {
            ...refOf(task),
            leadUnitId: task.leadUnitId,
            reason: optionalText('reason', command.data.reason, TEXT_LIMITS.reason),
            removedAt: now,
          },
        },
      ];
    }
    case 'WithdrawTaskRemoval': {
      const task = existing(state, command.data.taskId);
      requireStatus(task, ['REMOVED'], 'TASK_NOT_REMOVED');
      return [
        {
          type: 'TaskRemovalWithdrawn',
          data: {
            ...refOf(task),
            leadUnitId: task.leadUnitId,
            reason: requireText('reason', command.data.reason, TEXT_LIMITS.reason),
            withdrawnAt: now,
          },
        },
      ];
    }
    case 'IssueTask': {
      const task = existing(state, command.data.taskId);
      // Issuing a list issues each of its tasks; a retried issue finds some already assigned.
      if (task.assignedAt !== null) return [];
      requireStatus(task, ['DRAFT'], 'TASK_NOT_DRAFT');
      return [
        {
          type: 'TaskAssigned',
          data: {
            ...refOf(task),
            description: task.description,
            leadUnitId: task.leadUnitId,
            cooperatingUnitIds: task.cooperatingUnitIds,
            deadline: task.deadline,
            indicators: task.indicators,
            assignedAt: now,
          },
        },
      ];
    }
    case 'AcknowledgeTask': {
      const task = existing(state, command.data.taskId);
      const unitRole = roleOf(task, command.data.unitId);
      const acknowledged =
        unitRole === 'LEAD'
          ? task.leadAcknowledged
          : task.acknowledgedCooperatingUnitIds.includes(command.data.unitId);
      if (acknowledged) {
        throw invalidState(
          'TASK_ALREADY_ACKNOWLEDGED',
          `unit ${command.data.unitId} has already acknowledged`,
          {
            taskId: task.taskId,
            unitId: command.data.unitId,
          },
        );
      }
      // The lead signs for an assignment; cooperating units may sign at any point while the task is open.
      requireStatus(
        task,
        unitRole === 'LEAD' ? ['ASSIGNED'] : OPEN,
        unitRole === 'LEAD' ? 'TASK_NOT_ASSIGNED' : 'TASK_NOT_OPEN',
      );
      return [
        {
          type: 'TaskAcknowledged',
          data: {
            ...refOf(task),
            unitId: command.data.unitId,
            unitRole,
            leadUnitId: task.leadUnitId,
            acknowledgedAt: now,
          },
        },
      ];
    }
    case 'ReportTaskProgress': {
      const task = existing(state, command.data.taskId);
      requireStatus(task, ['IN_PROGRESS'], 'TASK_NOT_IN_PROGRESS');
      const unitId = command.data.unitId;
      const unitRole = roleOf(task, unitId);
      if (unitRole === 'COOPERATING' && !task.acknowledgedCooperatingUnitIds.includes(unitId)) {
        throw invalidState(
          'TASK_NOT_ACKNOWLEDGED',
          `unit ${unitId} must acknowledge the task before reporting`,
          {
            taskId: task.taskId,
            unitId,
          },
        );
      }
      const percent = requireInteger('percent', command.data.percent, 0, 100);
      const before = task.progressByUnit[unitId] ?? 0;
      if (percent < before) {
        throw validation('PROGRESS_DECREASED', `progress cannot go back from ${before}% to ${percent}%`, {
          field: 'percent',
          previous: before,
          value: percent,
        });
      }
      const narrative = requireText('narrative', command.data.narrative, TEXT_LIMITS.narrative);
      const figures = validateFigures(task.indicators, command.data.figures);
      // Each unit reports its own cumulative figures; the task's figure is the sum over its units.
      const figuresToDate = { ...task.figuresByUnit[unitId], ...figures };
      assertFiguresConsistent(task.indicators, figuresToDate);
      return [
        {
          type: 'TaskProgressReported',
          data: {
            ...refOf(task),
            unitId,
            unitRole,
            leadUnitId: task.leadUnitId,
            percent,
            narrative,
            figures,
            figuresToDate,
            rates: deriveRates(task.indicators, figuresToDate),
            evidence: requireEvidence('evidence', command.data.evidence),
            reportedAt: now,
          },
        },
      ];
    }
    case 'RequestTaskCompletion': {
      const task = existing(state, command.data.taskId);
      requireStatus(task, ['IN_PROGRESS'], 'TASK_NOT_IN_PROGRESS');
      return [
        {
          type: 'TaskCompletionRequested',
          data: {
            ...refOf(task),
            leadUnitId: task.leadUnitId,
            summary: requireText('summary', command.data.summary, TEXT_LIMITS.narrative),
            evidence: requireEvidence('evidence', command.data.evidence),
            deadline: task.deadline,
            requestedAt: now,
          },
        },
      ];
    }
    case 'AcceptTask': {
      const task = existing(state, command.data.taskId);
      requireStatus(task, ['AWAITING_REVIEW'], 'TASK_NOT_AWAITING_REVIEW');
      const deliveredAt = task.completionRequestedAt ?? now;
      return [
        {
          type: 'TaskAccepted',
          data: {
            ...refOf(task),
            leadUnitId: task.leadUnitId,
            cooperatingUnitIds: task.cooperatingUnitIds,
            deadline: task.deadline,
            completionRequestedAt: deliveredAt,
            completedAt: now,
            // Judged by when the lead delivered, so the office's review time never makes a unit late.
            onTime: isWithinDeadline(task.deadline, deliveredAt),
            comment: optionalText('comment', command.data.comment, TEXT_LIMITS.reason),
          },
        },
      ];
    }
    case 'ReturnTask': {
      const task = existing(state, command.data.taskId);
      requireStatus(task, ['AWAITING_REVIEW'], 'TASK_NOT_AWAITING_REVIEW');
      return [
        {
          type: 'TaskReturned',
          data: {
            ...refOf(task),
            leadUnitId: task.leadUnitId,
            reason: requireText('reason', command.data.reason, TEXT_LIMITS.reason),
            returnedAt: now,
          },
        },
      ];
    }
    case 'RequestHandoff': {
      const task = existing(state, command.data.taskId);
      if (task.status === 'HANDOFF_PENDING') {
        throw invalidState(
          'HANDOFF_ALREADY_PENDING',
          `task ${task.taskId} already awaits a handoff decision`,
          {
            taskId: task.taskId,
          },
        );
      }
      requireStatus(task, ['ASSIGNED', 'IN_PROGRESS'], 'TASK_NOT_HANDOFFABLE');
      const toUnitId = requireText('toUnitId', command.data.toUnitId, TEXT_LIMITS.id);
      if (toUnitId === task.leadUnitId) {
        throw validation('HANDOFF_TO_SAME_UNIT', `unit ${toUnitId} already leads task ${task.taskId}`, {
          field: 'toUnitId',
          unitId: toUnitId,
        });
      }
      return [
        {
          type: 'HandoffRequested',
          data: {
            ...refOf(task),
            fromUnitId: task.leadUnitId,
            toUnitId,
            reason: requireText('reason', command.data.reason, TEXT_LIMITS.reason),
            previousStatus: task.status as 'ASSIGNED' | 'IN_PROGRESS',
            requestedAt: now,
          },
        },
      ];
    }
    case 'ApproveHandoff': {
      const task = existing(state, command.data.taskId);
      if (task.status !== 'HANDOFF_PENDING' || task.handoff === null) {
        throw invalidState('HANDOFF_NOT_PENDING', `task ${task.taskId} has no pending handoff`, {
          taskId: task.taskId,
          status: task.status,
        });
      }
      const { fromUnitId, toUnitId } = task.handoff;
      return [
        {
          type: 'HandoffApproved',
          data: {
            ...refOf(task),
            fromUnitId,
            toUnitId,
            cooperatingUnitIds: task.cooperatingUnitIds.filter((unitId) => unitId !== toUnitId),
            deadline: task.deadline,
            comment: optionalText('comment', command.data.comment, TEXT_LIMITS.reason),
            approvedAt: now,
          },
        },
      ];
    }
    case 'RejectHandoff': {
      const task = existing(state, command.data.taskId);
      if (task.status !== 'HANDOFF_PENDING' || task.handoff === null) {
        throw invalidState('HANDOFF_NOT_PENDING', `task ${task.taskId} has no pending handoff`, {
          taskId: task.taskId,
          status: task.status,
        });
      }
      return [
        {
          type: 'HandoffRejected',
          data: {
            ...refOf(task),
            fromUnitId: task.handoff.fromUnitId,
            toUnitId: task.handoff.toUnitId,
            reason: requireText('reason', command.data.reason, TEXT_LIMITS.reason),
            restoredStatus: task.handoff.previousStatus,
            rejectedAt: now,
          },
        },
      ];
    }
    case 'RequestExtension': {
      const task = existing(state, command.data.taskId);
      requireStatus(task, OPEN, 'TASK_NOT_OPEN');
      if (task.extension !== null) {
        throw invalidState(
          'EXTENSION_ALREADY_PENDING',
          `task ${task.taskId} already awaits an extension decision`,
          {
            taskId: task.taskId,
            requestedDeadline: task.extension.requestedDeadline,
          },
        );
      }
      const requestedDeadline = requireDeadline('newDeadline', command.data.newDeadline, ctx.now);
      if (requestedDeadline <= task.deadline) {
        throw validation(
          'EXTENSION_NOT_LATER',
          `${requestedDeadline} is not later than the deadline ${task.deadline}`,
          {
            field: 'newDeadline',
            value: requestedDeadline,
            deadline: task.deadline,
          },
        );
      }
      return [
        {
          type: 'ExtensionRequested',
          data: {
            ...refOf(task),
            leadUnitId: task.leadUnitId,
            currentDeadline: task.deadline,
            requestedDeadline,
            reason: requireText('reason', command.data.reason, TEXT_LIMITS.reason),
            requestedAt: now,
          },
        },
      ];
    }
    case 'ApproveExtension':
    case 'RejectExtension': {
      const task = existing(state, command.data.taskId);
      requireStatus(task, OPEN, 'TASK_NOT_OPEN');
      if (task.extension === null) {
        throw invalidState('EXTENSION_NOT_PENDING', `task ${task.taskId} has no pending extension`, {
          taskId: task.taskId,
        });
      }
      if (command.type === 'ApproveExtension') {
        return [
          {
            type: 'ExtensionApproved',
            data: {
              ...refOf(task),
              leadUnitId: task.leadUnitId,
              oldDeadline: task.deadline,
              newDeadline: task.extension.requestedDeadline,
              comment: optionalText('comment', command.data.comment, TEXT_LIMITS.reason),
              approvedAt: now,
            },
          },
        ];
      }
      return [
        {
          type: 'ExtensionRejected',
          data: {
            ...refOf(task),
            leadUnitId: task.leadUnitId,
            currentDeadline: task.deadline,
            requestedDeadline: task.extension.requestedDeadline,
            reason: requireText('reason', command.data.reason, TEXT_LIMITS.reason),
            rejectedAt: now,
          },
        },
      ];
    }
    case 'UrgeTask': {
      const task = existing(state, command.data.taskId);
      requireStatus(task, OPEN, 'TASK_NOT_OPEN');
      const base = {
        ...refOf(task),
        leadUnitId: task.leadUnitId,
        cooperatingUnitIds: task.cooperatingUnitIds,
        status: task.status,
        deadline: task.deadline,
        urgedBy: ctx.actor.userId,
        urgedAt: now,
      };
      const threshold = command.data.threshold;
      if (threshold === undefined || threshold === null) {
        const message = requireText('message', command.data.message, TEXT_LIMITS.reason);
        return [{ type: 'TaskUrged', data: { ...base, mode: 'MANUAL', threshold: null, message } }];
      }
      const parsed = typeof threshold === 'string' ? parseUrgeThreshold(threshold) : null;
      if (parsed === null) {
        throw validation('URGE_THRESHOLD_INVALID', 'threshold: must be OVERDUE or DUE_IN_<n>_DAYS', {
          field: 'threshold',
          value: threshold,
        });
      }
      requireStatus(task, URGEABLE_AUTOMATICALLY, 'URGE_NOT_APPLICABLE');
      if (task.automaticUrges.includes(automaticUrgeKey(threshold, task.deadline))) {
        throw invalidState('URGE_ALREADY_SENT', `task ${task.taskId} was already urged for ${threshold}`, {
          taskId: task.taskId,
          threshold,
          deadline: task.deadline,
        });
      }
      if (!isUrgeThresholdReached(parsed, task.deadline, now)) {
        throw invalidState(
          'URGE_THRESHOLD_NOT_REACHED',
          `${threshold} is not reached before ${task.deadline}`,
          {
            taskId: task.taskId,
            threshold,
            deadline: task.deadline,
          },
        );
      }
      return [
        {
          type: 'TaskUrged',
          data: {
            ...base,
            mode: 'AUTOMATIC',
            threshold,
            message: optionalText('message', command.data.message, TEXT_LIMITS.reason),
          },
        },
      ];
    }
    case 'CancelTask': {
      const task = existing(state, command.data.taskId);
      requireStatus(task, OPEN, 'TASK_NOT_OPEN');
      return [
        {
          type: 'TaskCancelled',
          data: {
            ...refOf(task),
            leadUnitId: task.leadUnitId,
            cooperatingUnitIds: task.cooperatingUnitIds,
            previousStatus: task.status,
            reason: requireText('reason', command.data.reason, TEXT_LIMITS.reason),
            cancelledAt: now,
          },
        },
      ];
    }
    default: {
      const unexpected: never = command;
      throw validation('VALIDATION', `unknown command ${(unexpected as { type: string }).type}`, {});
    }
  }
};

/** The task as one emmett-style decider. */
export const taskDecider = { decide: decideTask, evolve: evolveTask, initialState: initialTaskState };
