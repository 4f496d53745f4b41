import { REPORT_DISTRICT_SCOPE } from './report.values.js';

/** One stream per report: `report-<year>-<taskListId>` or `report-<year>-district`. */
export const annualReportStream = (year: number, scope: string = REPORT_DISTRICT_SCOPE): string =>
  `report-${year}-${scope}`;

const STREAM = /^report-(\d{4})-(.+)$/;

/** The year and scope of a report stream id; null for anything else. */
export const parseAnnualReportStream = (streamId: string): { year: number; scope: string } | null => {
  const match = STREAM.exec(streamId);
  return match ? { year: Number(match[1]), scope: match[2]! } : null;
};

/** Figure ids are unique across reports: the report's stream, `#`, then the figure's id in the report. */
export const globalFigureId = (streamId: string, figureId: string): string => `${streamId}#${figureId}`;

export const parseGlobalFigureId = (id: string): { streamId: string; figureId: string } | null => {
  const at = id.indexOf('#');
  if (at <= 0 || at === id.length - 1) return null;
  const streamId = id.slice(0, at);
  return parseAnnualReportStream(streamId) ? { streamId, figureId: id.slice(at + 1) } : null;
};
