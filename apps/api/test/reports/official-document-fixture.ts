import {
  buildAnnualReportDraft,
  foldReportLog,
  gatherReportFacts,
  type AnnualReportRecord,
  type LoggedEvent,
  type ReportLog,
} from '@duban/domain';
import { DISTRICT_INDICATOR_RULES } from '../../src/modules/reports/config/district-indicator-rules.js';
import { changjiang2024Events } from './changjiang-2024.history.js';

/** The 2024 history as the log the report reads, numbered as a store would number it. */
export const changjiang2024Logged = (): LoggedEvent[] => {
  const positions = new Map<string, number>();
  return changjiang2024Events().map((event, index) => {
    const position = positions.get(event.streamId) ?? 0;
    positions.set(event.streamId, position + 1);
    return {
      id: `evt-${index + 1}`,
      streamId: event.streamId,
      streamPosition: position,
      globalPosition: BigInt(index + 1),
      type: event.type,
      data: event.data,
      metadata: { actor: event.actor },
      recordedAt: event.at,
    };
  });
};

export const REPORT_AS_OF = '2025-02-12T02:00:00.000Z';

/** The 2024 report as generated on 12 February 2025 (district time), version 1. */
export const changjiang2024Report = (): { report: AnnualReportRecord; log: ReportLog } => {
  const events = changjiang2024Logged();
  const draft = buildAnnualReportDraft(
    gatherReportFacts(events, { year: 2024, taskListId: null, asOf: REPORT_AS_OF }),
    DISTRICT_INDICATOR_RULES,
  );
  return {
    report: {
      ...draft,
      status: 'DRAFTED',
      reportId: 'report-2024',
      version: 1,
      generatedAt: REPORT_AS_OF,
      updatedAt: REPORT_AS_OF,
      editedSectionIds: [],
    },
    log: foldReportLog(events),
  };
};
