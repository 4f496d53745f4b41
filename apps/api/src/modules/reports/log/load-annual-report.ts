import { annualReportStream, reportAtVersion } from '@duban/domain';
import type { AnnualReportEvent, AnnualReportRecord } from '@duban/domain';
import type { RecordedEvent } from '@duban/event-store';
import type { ReportLogReader } from './report-log-reader.js';

export interface LoadedAnnualReport {
  streamId: string;
  recorded: RecordedEvent[];
  events: AnnualReportEvent[];
  /** The version asked for, or the latest. */
  report: AnnualReportRecord;
}

/** A report's stream and its state at a version (the latest by default); null when never generated. */
export async function loadAnnualReport(
  reader: ReportLogReader,
  year: number,
  taskListId: string | null | undefined,
  version?: number | null,
): Promise<LoadedAnnualReport | null> {
  const streamId = annualReportStream(year, taskListId ?? undefined);
  return loadAnnualReportStream(reader, streamId, version);
}

export async function loadAnnualReportStream(
  reader: ReportLogReader,
  streamId: string,
  version?: number | null,
): Promise<LoadedAnnualReport | null> {
  const recorded = await reader.readStream(streamId);
  if (recorded.length === 0) return null;
  const events = recorded.map((event) => ({ type: event.type, data: event.data }) as AnnualReportEvent);
  return { streamId, recorded, events, report: reportAtVersion(events, version ?? events.length) };
}
