import type { DecisionContext } from '../shared/actor.js';
import { DomainError, invalidState, notFound, validation } from '../shared/domain-error.js';
import { TEXT_LIMITS, requireInteger, requireText } from '../shared/validation.js';
import { assertMayRunReportCommand } from './report.access.js';
import type { AnnualReportCommand } from './report.commands.js';
import type { AnnualReportEvent } from './report.events.js';
import { evolveAnnualReport, initialAnnualReportState } from './report.state.js';
import type { AnnualReportRecord, AnnualReportState } from './report.state.js';
import { annualReportStream } from './report.stream.js';
import type { ReportDraft } from './report.values.js';

const YEARS = { min: 2000, max: 2100 };

/** A draft is built by code, but it crosses a process boundary: its shape is checked before it is recorded. */
const checkDraft = (draft: ReportDraft): ReportDraft => {
  requireInteger('draft.year', draft.year, YEARS.min, YEARS.max);
  requireText('draft.scope', draft.scope, TEXT_LIMITS.id);
  requireText('draft.title', draft.title, TEXT_LIMITS.title);
  if (draft.sections.length === 0) throw validation('VALIDATION', 'draft.sections: must not be empty');
  const sectionIds = new Set(draft.sections.map((section) => section.sectionId));
  if (sectionIds.size !== draft.sections.length) {
    throw validation('VALIDATION', 'draft.sections: section ids must be unique');
  }
  const figureIds = new Set(draft.figures.map((figure) => figure.figureId));
  if (figureIds.size !== draft.figures.length) {
    throw validation('VALIDATION', 'draft.figures: figure ids must be unique');
  }
  const stray = draft.figures.find((figure) => !sectionIds.has(figure.sectionId));
  if (stray) {
    throw validation('VALIDATION', `draft.figures: ${stray.figureId} names an unknown section`, {
      figureId: stray.figureId,
    });
  }
  return draft;
};

/**
 * A value as JSON with object keys sorted and `undefined` members left out. The recorded draft comes
 * back from the store as jsonb, which keeps the values but neither the key order nor absent members,
 * so comparing a fresh draft with the state needs a spelling both share.
 */
const sortedJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map((item) => sortedJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${sortedJson(member)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
};

/** Content that a regeneration would change; the instant of gathering is not content. */
const contentOf = (report: ReportDraft) =>
  sortedJson([
    report.title,
    report.taskListIds,
    report.nextYearTaskListIds,
    report.sections,
    report.figures,
    report.ruleCatalogue,
  ]);

const existing = (state: AnnualReportState): AnnualReportRecord => {
  if (state.status === 'NONE') throw notFound('REPORT_NOT_FOUND', 'the report has not been generated yet');
  return state;
};

/** Decides annual-report commands: access first, then existence, input and state. */
export const decideAnnualReport = (
  command: AnnualReportCommand,
  state: AnnualReportState,
  ctx: DecisionContext,
): AnnualReportEvent[] => {
  assertMayRunReportCommand(command, ctx.actor);
  switch (command.type) {
    case 'GenerateReportDraft': {
      const draft = checkDraft(command.data.draft);
      if (state.status !== 'NONE' && (state.year !== draft.year || state.scope !== draft.scope)) {
        throw invalidState('REPORT_SCOPE_MISMATCH', 'the draft belongs to another report', {
          year: draft.year,
          scope: draft.scope,
        });
      }
      // Regenerating over an unchanged log adds no version; the office's edits would differ, so they are replaced.
      if (state.status !== 'NONE' && contentOf(state) === contentOf(draft)) return [];
      return [
        {
          type: 'AnnualReportDraftGenerated',
          data: { ...draft, reportId: annualReportStream(draft.year, draft.scope), generatedAt: ctx.now },
        },
      ];
    }
    case 'EditReportSection': {
      const report = existing(state);
      const based = command.data.basedOnVersion;
      if (based !== undefined && based !== null && based !== report.version) {
        throw new DomainError(
          'CONFLICT',
          'REPORT_VERSION_CHANGED',
          `the report is at version ${report.version}, not ${based}; reload and edit again`,
          { version: report.version, basedOnVersion: based },
        );
      }
      const sectionId = requireText('sectionId', command.data.sectionId, TEXT_LIMITS.id * 4);
      const section = report.sections.find((candidate) => candidate.sectionId === sectionId);
      if (!section) {
        throw notFound('REPORT_SECTION_NOT_FOUND', `the report has no section ${sectionId}`, { sectionId });
      }
      const text = requireText('text', command.data.text, TEXT_LIMITS.narrative);
      if (text === section.text) return [];
      return [
        {
          type: 'AnnualReportSectionEdited',
          data: {
            reportId: report.reportId,
            year: report.year,
            scope: report.scope,
            sectionId,
            heading: section.heading,
            text,
            previousText: section.text,
            editedAt: ctx.now,
          },
        },
      ];
    }
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
};

export const annualReportDecider = {
  decide: decideAnnualReport,
  evolve: evolveAnnualReport,
  initialState: initialAnnualReportState,
};
