import { notFound } from '../shared/domain-error.js';
import { diffText } from './diff-text.js';
import type { TextSegment } from './diff-text.js';
import type { AnnualReportEvent } from './report.events.js';
import { evolveAnnualReport, initialAnnualReportState } from './report.state.js';
import type { AnnualReportRecord } from './report.state.js';
import type { ReportFigure, ReportFigureStatus } from './report.values.js';

/** What one version of a report is: the event that made it. Who and when come from the event's metadata. */
export interface ReportVersionEntry {
  version: number;
  type: AnnualReportEvent['type'];
  /** The edited section, for an edit. */
  sectionId: string | null;
  heading: string | null;
  at: string;
}

export const reportVersions = (events: AnnualReportEvent[]): ReportVersionEntry[] =>
  events.map((event, index) =>
    event.type === 'AnnualReportDraftGenerated'
      ? { version: index + 1, type: event.type, sectionId: null, heading: null, at: event.data.generatedAt }
      : {
          version: index + 1,
          type: event.type,
          sectionId: event.data.sectionId,
          heading: event.data.heading,
          at: event.data.editedAt,
        },
  );

/** The report as it stood after its `version`-th event (versions count from 1). */
export const reportAtVersion = (events: AnnualReportEvent[], version: number): AnnualReportRecord => {
  if (!Number.isInteger(version) || version < 1 || version > events.length) {
    throw notFound('REPORT_VERSION_NOT_FOUND', `the report has no version ${version}`, {
      version,
      latest: events.length,
    });
  }
  const state = events.slice(0, version).reduce(evolveAnnualReport, initialAnnualReportState());
  if (state.status === 'NONE') {
    throw notFound('REPORT_VERSION_NOT_FOUND', `the report has no version ${version}`, { version });
  }
  return state;
};

export type ReportChange = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface SectionChange {
  sectionId: string;
  heading: string;
  change: ReportChange;
  before: string | null;
  after: string | null;
  segments: TextSegment[];
}

export interface FigureSnapshot {
  value: number | null;
  status: ReportFigureStatus;
}

export interface FigureChange {
  figureId: string;
  label: string;
  change: ReportChange;
  before: FigureSnapshot | null;
  after: FigureSnapshot | null;
}

export interface ReportDiff {
  fromVersion: number;
  toVersion: number;
  sections: SectionChange[];
  figures: FigureChange[];
}

const snapshot = (figure: ReportFigure | undefined): FigureSnapshot | null =>
  figure ? { value: figure.value, status: figure.status } : null;

/** What changed between two versions: sections by text (with a sentence diff) and figures by value or status. */
export const diffReports = (from: AnnualReportRecord, to: AnnualReportRecord): ReportDiff => {
  const sections: SectionChange[] = [];
  const before = new Map(from.sections.map((section) => [section.sectionId, section]));
  const after = new Map(to.sections.map((section) => [section.sectionId, section]));
  for (const section of to.sections) {
    const old = before.get(section.sectionId);
    if (!old) {
      sections.push({
        ...pick(section),
        change: 'ADDED',
        before: null,
        after: section.text,
        segments: diffText('', section.text),
      });
    } else if (old.text !== section.text) {
      sections.push({
        ...pick(section),
        change: 'CHANGED',
        before: old.text,
        after: section.text,
        segments: diffText(old.text, section.text),
      });
    }
  }
  for (const section of from.sections) {
    if (!after.has(section.sectionId)) {
      sections.push({
        ...pick(section),
        change: 'REMOVED',
        before: section.text,
        after: null,
        segments: diffText(section.text, ''),
      });
    }
  }
  const figures: FigureChange[] = [];
  const oldFigures = new Map(from.figures.map((figure) => [figure.figureId, figure]));
  const newFigures = new Map(to.figures.map((figure) => [figure.figureId, figure]));
  for (const figure of to.figures) {
    const old = oldFigures.get(figure.figureId);
    if (!old) {
      figures.push({
        figureId: figure.figureId,
        label: figure.label,
        change: 'ADDED',
        before: null,
        after: snapshot(figure),
      });
    } else if (old.value !== figure.value || old.status !== figure.status) {
      figures.push({
        figureId: figure.figureId,
        label: figure.label,
        change: 'CHANGED',
        before: snapshot(old),
        after: snapshot(figure),
      });
    }
  }
  for (const figure of from.figures) {
    if (!newFigures.has(figure.figureId)) {
      figures.push({
        figureId: figure.figureId,
        label: figure.label,
        change: 'REMOVED',
        before: snapshot(figure),
        after: null,
      });
    }
  }
  return { fromVersion: from.version, toVersion: to.version, sections, figures };
};

const pick = (section: { sectionId: string; heading: string }) => ({
  sectionId: section.sectionId,
  heading: section.heading,
});
