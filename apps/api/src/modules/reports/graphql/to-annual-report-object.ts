import { globalFigureId } from '@duban/domain';
import type { AnnualReportRecord, ReportFigure as DomainFigure, ReportSourceEvent } from '@duban/domain';
import type { RecordedEvent } from '@duban/event-store';
import type { AnnualReport } from './annual-report.object.js';
import type { FigureSourceEvent } from './figure-source-event.object.js';
import type { FigureSourceRef } from './figure-source-ref.object.js';
import { ReportFigureKindEnum, ReportFigureStatusEnum } from './report-enums.js';
import type { ReportFigure } from './report-figure.object.js';

const toRef = (source: ReportSourceEvent): FigureSourceRef => ({ ...source, actor: { ...source.actor } });

export const toFigureObject = (streamId: string, figure: DomainFigure): ReportFigure => ({
  id: globalFigureId(streamId, figure.figureId),
  key: figure.figureId,
  sectionId: figure.sectionId,
  label: figure.label,
  context: figure.context,
  kind: ReportFigureKindEnum[figure.kind],
  value: figure.value,
  unitOfMeasure: figure.unitOfMeasure,
  numerator: figure.numerator,
  denominator: figure.denominator,
  status: ReportFigureStatusEnum[figure.status],
  flags: figure.flags.map((flag) => ({
    rule: flag.rule,
    message: flag.message,
    relatedFigureIds: flag.relatedFigureIds.map((id) => globalFigureId(streamId, id)),
  })),
  sources: figure.sources.map(toRef),
});

export const toAnnualReportObject = (
  streamId: string,
  report: AnnualReportRecord,
  latestVersion: number,
): AnnualReport => ({
  id: streamId,
  year: report.year,
  scope: report.scope,
  title: report.title,
  version: report.version,
  latestVersion,
  taskListIds: report.taskListIds,
  nextYearTaskListIds: report.nextYearTaskListIds,
  asOf: report.asOf,
  generatedAt: report.generatedAt,
  updatedAt: report.updatedAt,
  sections: report.sections.map((section) => ({
    id: section.sectionId,
    parentId: section.parentId,
    level: section.level,
    heading: section.heading,
    text: section.text,
    figureIds: section.figureIds.map((id) => globalFigureId(streamId, id)),
    edited: report.editedSectionIds.includes(section.sectionId),
  })),
  figures: report.figures.map((figure) => toFigureObject(streamId, figure)),
  flaggedFigureCount: report.figures.filter((figure) => figure.status === 'FLAGGED').length,
});

export const toSourceEventObject = (event: RecordedEvent): FigureSourceEvent => ({
  eventId: event.id,
  streamId: event.streamId,
  streamPosition: event.streamPosition,
  globalPosition: String(event.globalPosition),
  type: event.type,
  actor: {
    userId: event.metadata.actor.userId,
    role: event.metadata.actor.role,
    unitId: event.metadata.actor.unitId ?? null,
  },
  recordedAt: event.recordedAt,
  data: JSON.stringify(event.data),
});
