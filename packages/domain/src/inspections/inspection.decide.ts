import type { DecisionContext } from '../shared/actor.js';
import { invalidState, notFound, validation } from '../shared/domain-error.js';
import {
  TEXT_LIMITS,
  optionalText,
  requireDate,
  requireDistinctTexts,
  requireInteger,
  requireText,
} from '../shared/validation.js';
import { FINDING_SEVERITIES, FINDING_STATUSES } from '../findings/finding.values.js';
import type { FindingSeverity, FindingStatus } from '../findings/finding.values.js';
import { assertMayRunInspectionCommand } from './inspection.access.js';
import type { InspectionCommand } from './inspection.commands.js';
import type { InspectionEvent } from './inspection.events.js';
import { evolveInspection, initialInspectionState } from './inspection.state.js';
import type { InspectionFacts, InspectionState } from './inspection.state.js';
import { INSPECTION_KINDS } from './inspection.values.js';
import type {
  InspectionKind,
  NoticeFinding,
  NoticeUnitSection,
  UnitFilesSampled,
} from './inspection.values.js';

const MAX_COUNT = Number.MAX_SAFE_INTEGER;

const fail = (field: string, message: string, value?: unknown) =>
  validation('VALIDATION', `${field}: ${message}`, { field, value });

const oneOf = <T extends string>(field: string, allowed: readonly T[], value: unknown): T => {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw fail(field, `must be one of ${allowed.join(', ')}`, value);
};

const requireList = (field: string, value: unknown): unknown[] => {
  if (!Array.isArray(value)) throw fail(field, 'must be a list', value);
  return value;
};

const requireRecord = (field: string, value: unknown): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) throw fail(field, 'must be an object', value);
  return value as Record<string, unknown>;
};

const existing = (state: InspectionState, inspectionId: string): InspectionFacts => {
  if (state.status === 'NONE') {
    throw notFound('INSPECTION_NOT_FOUND', `inspection ${inspectionId} does not exist`, { inspectionId });
  }
  return state;
};

const open = (state: InspectionState, inspectionId: string): InspectionFacts => {
  const inspection = existing(state, inspectionId);
  if (inspection.status === 'CLOSED') {
    throw invalidState('INSPECTION_CLOSED', `inspection ${inspection.inspectionId} is closed`, {
      inspectionId: inspection.inspectionId,
    });
  }
  return inspection;
};

const assertTargeted = (inspection: InspectionFacts, unitId: string) => {
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
};

const requireFilesSampledByUnit = (
  value: unknown,
  targetUnitIds: string[],
  filesSampled: number,
): UnitFilesSampled[] => {
  if (value === undefined || value === null) return [];
  const plan = requireList('filesSampledByUnit', value).map((item, index): UnitFilesSampled => {
    const at = `filesSampledByUnit[${index}]`;
    const entry = requireRecord(at, item);
    const unitId = requireText(`${at}.unitId`, entry.unitId, TEXT_LIMITS.id);
    if (!targetUnitIds.includes(unitId)) throw fail(`${at}.unitId`, 'must be a target unit', unitId);
    return { unitId, filesSampled: requireInteger(`${at}.filesSampled`, entry.filesSampled, 0, MAX_COUNT) };
  });
  if (new Set(plan.map((entry) => entry.unitId)).size !== plan.length) {
    throw fail('filesSampledByUnit', 'must name each unit once');
  }
  const sum = plan.reduce((total, entry) => total + entry.filesSampled, 0);
  // A split that does not add up to the total is the kind of figure the seed report gets wrong.
  if (plan.length > 0 && sum !== filesSampled) {
    throw fail('filesSampledByUnit', `must add up to filesSampled (${filesSampled}), not ${sum}`, sum);
  }
  return plan;
};

const requireNoticeUnits = (value: unknown, inspection: InspectionFacts): NoticeUnitSection[] => {
  const seenFindings = new Set<string>();
  const units = requireList('content.units', value).map((item, index): NoticeUnitSection => {
    const at = `content.units[${index}]`;
    const section = requireRecord(at, item);
    const unitId = requireText(`${at}.unitId`, section.unitId, TEXT_LIMITS.id);
    assertTargeted(inspection, unitId);
    const findings = requireList(`${at}.findings`, section.findings).map((raw, position): NoticeFinding => {
      const fat = `${at}.findings[${position}]`;
      const finding = requireRecord(fat, raw);
      const findingId = requireText(`${fat}.findingId`, finding.findingId, TEXT_LIMITS.id);
      if (seenFindings.has(findingId))
        throw fail(`${fat}.findingId`, 'appears twice in the notice', findingId);
      seenFindings.add(findingId);
      if (typeof finding.escalated !== 'boolean')
        throw fail(`${fat}.escalated`, 'must be a boolean', finding.escalated);
      return {
        findingId,
        description: requireText(`${fat}.description`, finding.description, TEXT_LIMITS.description),
        severity: oneOf<FindingSeverity>(`${fat}.severity`, FINDING_SEVERITIES, finding.severity),
        category: requireText(`${fat}.category`, finding.category, TEXT_LIMITS.name),
        rectificationDeadline: requireDate(`${fat}.rectificationDeadline`, finding.rectificationDeadline),
        status: oneOf<FindingStatus>(`${fat}.status`, FINDING_STATUSES, finding.status),
        escalated: finding.escalated,
      };
    });
    return { unitId, unitName: requireText(`${at}.unitName`, section.unitName, TEXT_LIMITS.name), findings };
  });
  if (new Set(units.map((unit) => unit.unitId)).size !== units.length) {
    throw fail('content.units', 'must list each unit once');
  }
  return units;
};

/** Decides inspection commands. Access is checked first, then existence, then input and state. */
export const decideInspection = (
  command: InspectionCommand,
  state: InspectionState,
  ctx: DecisionContext,
): InspectionEvent[] => {
  assertMayRunInspectionCommand(command, state, ctx.actor);
  switch (command.type) {
    case 'OpenInspection': {
      if (state.status !== 'NONE') {
        throw invalidState('INSPECTION_ALREADY_EXISTS', `inspection ${state.inspectionId} already exists`, {
          inspectionId: state.inspectionId,
        });
      }
      const { data } = command;
      const kind = oneOf<InspectionKind>('kind', INSPECTION_KINDS, data.kind);
      const targetUnitIds = requireDistinctTexts('targetUnitIds', data.targetUnitIds, TEXT_LIMITS.id, {
        allowEmpty: false,
      });
      const periodStart = requireDate('periodStart', data.periodStart);
      const periodEnd = requireDate('periodEnd', data.periodEnd);
      if (periodEnd < periodStart) throw fail('periodEnd', 'must not be before periodStart', periodEnd);
      let filesSampled: number | null = null;
      let filesSampledByUnit: UnitFilesSampled[] = [];
      if (kind === 'CASE_FILE_REVIEW') {
        filesSampled = requireInteger('filesSampled', data.filesSampled, 1, MAX_COUNT);
        filesSampledByUnit = requireFilesSampledByUnit(data.filesSampledByUnit, targetUnitIds, filesSampled);
      } else if (
        data.filesSampled != null ||
        (data.filesSampledByUnit != null && data.filesSampledByUnit.length > 0)
      ) {
        throw fail('filesSampled', 'is only recorded for a case-file review', data.filesSampled);
      }
      return [
        {
          type: 'InspectionOpened',
          data: {
            inspectionId: requireText('inspectionId', data.inspectionId, TEXT_LIMITS.id),
            kind,
            title: requireText('title', data.title, TEXT_LIMITS.title),
            teamUserIds: requireDistinctTexts('teamUserIds', data.teamUserIds, TEXT_LIMITS.id, {
              allowEmpty: false,
            }),
            targetUnitIds,
            periodStart,
            periodEnd,
            filesSampled,
            filesSampledByUnit,
            openedBy: ctx.actor.userId,
            openedAt: ctx.now,
          },
        },
      ];
    }
    case 'RecordCaseFileReview': {
      const inspection = open(state, command.data.inspectionId);
      if (inspection.kind !== 'CASE_FILE_REVIEW') {
        throw invalidState(
          'INSPECTION_NOT_CASE_FILE_REVIEW',
          `inspection ${inspection.inspectionId} is a ${inspection.kind} inspection, not a case-file review`,
          { inspectionId: inspection.inspectionId, kind: inspection.kind },
        );
      }
      const unitId = requireText('unitId', command.data.unitId, TEXT_LIMITS.id);
      assertTargeted(inspection, unitId);
      const filesSampled = requireInteger('filesSampled', command.data.filesSampled, 1, MAX_COUNT);
      const filesWithIssues = requireInteger(
        'filesWithIssues',
        command.data.filesWithIssues,
        0,
        filesSampled,
      );
      const outcome = requireText('outcome', command.data.outcome, TEXT_LIMITS.narrative);
      const previous = inspection.caseFileReviews[unitId] ?? null;
      if (
        previous &&
        previous.filesSampled === filesSampled &&
        previous.filesWithIssues === filesWithIssues &&
        previous.outcome === outcome
      ) {
        // The same record again is a retry, not a correction.
        return [];
      }
      const reviewedElsewhere = Object.entries(inspection.caseFileReviews)
        .filter(([id]) => id !== unitId)
        .reduce((total, [, review]) => total + review.filesSampled, 0);
      const total = reviewedElsewhere + filesSampled;
      if (inspection.filesSampled !== null && total > inspection.filesSampled) {
        throw validation(
          'CASE_FILES_EXCEED_SAMPLE',
          `reviews would cover ${total} files but the inspection sampled ${inspection.filesSampled}`,
          { inspectionId: inspection.inspectionId, total, filesSampled: inspection.filesSampled },
        );
      }
      return [
        {
          type: 'CaseFileReviewRecorded',
          data: {
            inspectionId: inspection.inspectionId,
            unitId,
            filesSampled,
            filesWithIssues,
            outcome,
            previous,
            recordedBy: ctx.actor.userId,
            recordedAt: ctx.now,
          },
        },
      ];
    }
    case 'IssueInspectionNotice': {
      // A notice usually follows the close of fieldwork, so a closed inspection still issues notices.
      const inspection = existing(state, command.data.inspectionId);
      const noticeId = requireText('noticeId', command.data.noticeId, TEXT_LIMITS.id);
      if (inspection.noticeIds.includes(noticeId)) {
        throw invalidState('NOTICE_ALREADY_ISSUED', `notice ${noticeId} was already issued`, {
          inspectionId: inspection.inspectionId,
          noticeId,
        });
      }
      const title = requireText('title', command.data.title, TEXT_LIMITS.title);
      const content = requireRecord('content', command.data.content);
      return [
        {
          type: 'InspectionNoticeIssued',
          data: {
            inspectionId: inspection.inspectionId,
            noticeId,
            title,
            // The header comes from the inspection itself; only the findings come from the caller.
            content: {
              inspectionKind: inspection.kind,
              inspectionTitle: inspection.title,
              periodStart: inspection.periodStart,
              periodEnd: inspection.periodEnd,
              units: requireNoticeUnits(content.units, inspection),
            },
            issuedBy: ctx.actor.userId,
            issuedAt: ctx.now,
          },
        },
      ];
    }
    case 'CloseInspection': {
      const inspection = open(state, command.data.inspectionId);
      return [
        {
          type: 'InspectionClosed',
          data: {
            inspectionId: inspection.inspectionId,
            targetUnitIds: inspection.targetUnitIds,
            remarks: optionalText('remarks', command.data.remarks, TEXT_LIMITS.reason),
            closedBy: ctx.actor.userId,
            closedAt: ctx.now,
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

/** The inspection as one emmett-style decider. */
export const inspectionDecider = {
  decide: decideInspection,
  evolve: evolveInspection,
  initialState: initialInspectionState,
};
