import type { DecisionContext } from '../shared/actor.js';
import { invalidState, notFound, validation } from '../shared/domain-error.js';
import { requireEvidence } from '../shared/evidence.js';
import {
  TEXT_LIMITS,
  optionalText,
  requireDeadline,
  requireDistinctTexts,
  requireInteger,
  requireText,
} from '../shared/validation.js';
import type { InspectionState } from '../inspections/inspection.state.js';
import { calendarDateOf, daysBetween } from './calendar-date.js';
import { assertMayRunFindingCommand } from './finding.access.js';
import type { FindingCommand } from './finding.commands.js';
import type { FindingEvent } from './finding.events.js';
import { evolveFinding, initialFindingState } from './finding.state.js';
import type { FindingFacts, FindingState } from './finding.state.js';
import { FINDING_SEVERITIES, REMINDER_THRESHOLDS } from './finding.values.js';
import type { FindingSeverity, ReminderThreshold } from './finding.values.js';
import { isFindingOverdue } from './is-finding-overdue.js';

/**
 * Besides actor and time, a finding decision needs its inspection's state (loaded by the handler from
 * `inspection-<id>`): to check the unit is a target, the inspection still open, and the actor on its team.
 */
export interface FindingDecisionContext extends DecisionContext {
  inspection: InspectionState;
}

/** A reminder horizon beyond a year is a configuration mistake, not a policy. */
const MAX_REMINDER_DAYS = 366;

const fail = (field: string, message: string, value?: unknown) =>
  validation('VALIDATION', `${field}: ${message}`, { field, value });

const oneOf = <T extends string>(field: string, allowed: readonly T[], value: unknown): T => {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw fail(field, `must be one of ${allowed.join(', ')}`, value);
};

const notBefore = (field: string, date: string, today: string): string => {
  if (date < today) throw fail(field, `must not be before today (${today})`, date);
  return date;
};

const existing = (state: FindingState, findingId: string): FindingFacts => {
  if (state.status === 'NONE')
    throw notFound('FINDING_NOT_FOUND', `finding ${findingId} does not exist`, { findingId });
  return state;
};

const refuse = (code: string, finding: FindingFacts, message: string) =>
  invalidState(code, `finding ${finding.findingId} ${message}`, {
    findingId: finding.findingId,
    status: finding.status,
  });

/** An existing finding that is not closed. */
const openFinding = (state: FindingState, findingId: string): FindingFacts => {
  const finding = existing(state, findingId);
  if (finding.status === 'CLOSED') throw refuse('FINDING_CLOSED', finding, 'is closed');
  return finding;
};

const inStatus = (
  state: FindingState,
  findingId: string,
  status: FindingFacts['status'],
  code: string,
): FindingFacts => {
  const finding = openFinding(state, findingId);
  if (finding.status !== status) throw refuse(code, finding, `is ${finding.status}, not ${status}`);
  return finding;
};

/** The handler must have loaded this finding's own inspection; anything else is a wiring fault. */
const assertOwnInspection = (finding: FindingFacts, inspection: InspectionState) => {
  if (inspection.status === 'NONE' || inspection.inspectionId !== finding.inspectionId) {
    throw invalidState(
      'INSPECTION_MISMATCH',
      `finding ${finding.findingId} belongs to inspection ${finding.inspectionId}`,
      {
        findingId: finding.findingId,
        inspectionId: finding.inspectionId,
        given: inspection.status === 'NONE' ? null : inspection.inspectionId,
      },
    );
  }
};

const refOf = (finding: FindingFacts) => ({
  findingId: finding.findingId,
  inspectionId: finding.inspectionId,
  unitId: finding.unitId,
});

const logFinding = (
  command: Extract<FindingCommand, { type: 'LogFinding' }>,
  state: FindingState,
  ctx: FindingDecisionContext,
): FindingEvent[] => {
  const { data } = command;
  if (state.status !== 'NONE') {
    throw invalidState('FINDING_ALREADY_EXISTS', `finding ${state.findingId} already exists`, {
      findingId: state.findingId,
    });
  }
  const { inspection } = ctx;
  if (inspection.status === 'NONE') {
    throw notFound('INSPECTION_NOT_FOUND', `inspection ${data.inspectionId} does not exist`, {
      inspectionId: data.inspectionId,
    });
  }
  if (inspection.inspectionId !== data.inspectionId) {
    throw invalidState('INSPECTION_MISMATCH', `the loaded inspection is not ${data.inspectionId}`, {
      inspectionId: data.inspectionId,
      given: inspection.inspectionId,
    });
  }
  if (inspection.status === 'CLOSED') {
    throw invalidState('INSPECTION_CLOSED', `inspection ${inspection.inspectionId} is closed`, {
      inspectionId: inspection.inspectionId,
    });
  }
  const unitId = requireText('unitId', data.unitId, TEXT_LIMITS.id);
  if (!inspection.targetUnitIds.includes(unitId)) {
    throw validation(
      'UNIT_NOT_TARGETED',
      `unit ${unitId} is not a target of inspection ${inspection.inspectionId}`,
      {
        inspectionId: inspection.inspectionId,
        unitId,
      },
    );
  }
  return [
    {
      type: 'FindingLogged',
      data: {
        findingId: requireText('findingId', data.findingId, TEXT_LIMITS.id),
        inspectionId: inspection.inspectionId,
        unitId,
        description: requireText('description', data.description, TEXT_LIMITS.description),
        severity: oneOf<FindingSeverity>('severity', FINDING_SEVERITIES, data.severity),
        category: requireText('category', data.category, TEXT_LIMITS.name),
        evidence: requireEvidence('evidence', data.evidence),
        rectificationDeadline: notBefore(
          'rectificationDeadline',
          requireDeadline('rectificationDeadline', data.rectificationDeadline, ctx.now),
          calendarDateOf(ctx.now),
        ),
        taskId: optionalText('taskId', data.taskId, TEXT_LIMITS.id),
        loggedBy: ctx.actor.userId,
        loggedAt: ctx.now,
      },
    },
  ];
};

const remindFinding = (
  command: Extract<FindingCommand, { type: 'RemindFinding' }>,
  finding: FindingFacts,
  now: string,
): FindingEvent[] => {
  if (finding.status === 'LOGGED') {
    throw refuse('FINDING_NOT_NOTIFIED', finding, 'has not been notified to its unit yet');
  }
  const threshold = oneOf<ReminderThreshold>('threshold', REMINDER_THRESHOLDS, command.data.threshold);
  if (finding.remindersSent.includes(threshold)) {
    throw invalidState(
      'REMINDER_ALREADY_SENT',
      `the ${threshold} reminder for finding ${finding.findingId} was sent`,
      {
        findingId: finding.findingId,
        threshold,
      },
    );
  }
  const overdue = isFindingOverdue(finding, now);
  let days: number | null = null;
  let due: boolean;
  if (threshold === 'DUE_IN_N_DAYS') {
    days = requireInteger('days', command.data.days, 1, MAX_REMINDER_DAYS);
    due = !overdue && daysBetween(calendarDateOf(now), finding.rectificationDeadline) <= days;
  } else {
    due = overdue;
  }
  if (!due) {
    throw invalidState(
      'REMINDER_NOT_DUE',
      `the ${threshold} reminder for finding ${finding.findingId} is not due`,
      {
        findingId: finding.findingId,
        threshold,
        rectificationDeadline: finding.rectificationDeadline,
        now,
      },
    );
  }
  return [
    {
      type: 'FindingReminded',
      data: {
        ...refOf(finding),
        threshold,
        days,
        rectificationDeadline: finding.rectificationDeadline,
        remindedAt: now,
      },
    },
  ];
};

/** Decides finding commands. Access is checked first, then existence, then state, then input. */
export const decideFinding = (
  command: FindingCommand,
  state: FindingState,
  ctx: FindingDecisionContext,
): FindingEvent[] => {
  assertMayRunFindingCommand(command, state, ctx.actor, ctx.inspection);
  if (command.type === 'LogFinding') return logFinding(command, state, ctx);
  const finding = existing(state, command.data.findingId);
  assertOwnInspection(finding, ctx.inspection);
  const by = ctx.actor.userId;
  const at = ctx.now;
  switch (command.type) {
    case 'NotifyFinding': {
      openFinding(state, finding.findingId);
      if (finding.status !== 'LOGGED')
        throw refuse('FINDING_ALREADY_NOTIFIED', finding, 'was already notified');
      return [
        {
          type: 'FindingNotified',
          data: {
            ...refOf(finding),
            rectificationDeadline: finding.rectificationDeadline,
            notifiedBy: by,
            notifiedAt: at,
          },
        },
      ];
    }
    case 'SubmitRectificationPlan': {
      openFinding(state, finding.findingId);
      if (finding.status === 'LOGGED')
        throw refuse('FINDING_NOT_NOTIFIED', finding, 'has not been notified yet');
      if (finding.status !== 'NOTIFIED') {
        throw refuse('RECTIFICATION_PLAN_ALREADY_SUBMITTED', finding, 'already has a rectification plan');
      }
      const plannedCompletionDate = notBefore(
        'plannedCompletionDate',
        requireDeadline('plannedCompletionDate', command.data.plannedCompletionDate, at),
        calendarDateOf(at),
      );
      return [
        {
          type: 'RectificationPlanSubmitted',
          data: {
            ...refOf(finding),
            plan: requireText('plan', command.data.plan, TEXT_LIMITS.narrative),
            measures: requireDistinctTexts('measures', command.data.measures, TEXT_LIMITS.description, {
              allowEmpty: false,
            }),
            plannedCompletionDate,
            plannedAfterDeadline: plannedCompletionDate > finding.rectificationDeadline,
            submittedBy: by,
            submittedAt: at,
          },
        },
      ];
    }
    case 'ReportRectificationProgress': {
      inStatus(state, finding.findingId, 'RECTIFYING', 'FINDING_NOT_RECTIFYING');
      return [
        {
          type: 'RectificationProgressReported',
          data: {
            ...refOf(finding),
            narrative: requireText('narrative', command.data.narrative, TEXT_LIMITS.narrative),
            percent: requireInteger('percent', command.data.percent, 0, 100),
            previousPercent: finding.progressPercent,
            evidence: requireEvidence('evidence', command.data.evidence),
            reportedBy: by,
            reportedAt: at,
          },
        },
      ];
    }
    case 'RequestFindingClosure': {
      inStatus(state, finding.findingId, 'RECTIFYING', 'FINDING_NOT_RECTIFYING');
      const summary = requireText('summary', command.data.summary, TEXT_LIMITS.narrative);
      const evidence = requireEvidence('evidence', command.data.evidence);
      if (evidence.length === 0) {
        throw validation('EVIDENCE_REQUIRED', 'evidence: a closure request needs at least one file', {
          field: 'evidence',
        });
      }
      return [
        {
          type: 'FindingClosureRequested',
          data: { ...refOf(finding), summary, evidence, requestedBy: by, requestedAt: at },
        },
      ];
    }
    case 'VerifyRectification': {
      inStatus(state, finding.findingId, 'AWAITING_VERIFICATION', 'FINDING_NOT_AWAITING_VERIFICATION');
      return [
        {
          type: 'RectificationVerified',
          data: {
            ...refOf(finding),
            remarks: optionalText('remarks', command.data.remarks, TEXT_LIMITS.reason),
            rectificationDeadline: finding.rectificationDeadline,
            onTime: calendarDateOf(at) <= finding.rectificationDeadline,
            verifiedBy: by,
            closedAt: at,
          },
        },
      ];
    }
    case 'ReturnRectification': {
      inStatus(state, finding.findingId, 'AWAITING_VERIFICATION', 'FINDING_NOT_AWAITING_VERIFICATION');
      return [
        {
          type: 'RectificationReturned',
          data: {
            ...refOf(finding),
            reason: requireText('reason', command.data.reason, TEXT_LIMITS.reason),
            returnedBy: by,
            returnedAt: at,
          },
        },
      ];
    }
    case 'EscalateFinding': {
      openFinding(state, finding.findingId);
      if (finding.escalation) throw refuse('FINDING_ALREADY_ESCALATED', finding, 'is already escalated');
      return [
        {
          type: 'FindingEscalated',
          data: {
            ...refOf(finding),
            reason: requireText('reason', command.data.reason, TEXT_LIMITS.reason),
            status: finding.status,
            rectificationDeadline: finding.rectificationDeadline,
            escalatedBy: by,
            escalatedAt: at,
          },
        },
      ];
    }
    case 'RemindFinding':
      return remindFinding(command, openFinding(state, finding.findingId), at);
    default: {
      const unexpected: never = command;
      throw validation('VALIDATION', `unknown command ${(unexpected as { type: string }).type}`, {});
    }
  }
};

/** The finding as one emmett-style decider; its context carries the finding's inspection. */
export const findingDecider = {
  decide: decideFinding,
  evolve: evolveFinding,
  initialState: initialFindingState,
};
