import { isFindingOverdue } from '../findings/is-finding-overdue.js';
import type { FindingFacts } from '../findings/finding.state.js';
import type { ReportLog } from './gather-report-facts.js';

/** The filters the rectification ledger page offers, as its export takes them. */
export interface FindingLedgerFilter {
  inspectionId?: string | null;
  unitId?: string | null;
  statuses?: readonly string[] | null;
  severities?: readonly string[] | null;
  /** Only findings past their deadline and not closed at `asOf`. */
  overdue?: boolean | null;
  escalated?: boolean | null;
}

const matches = (finding: FindingFacts, filter: FindingLedgerFilter, asOf: string): boolean =>
  (!filter.inspectionId || finding.inspectionId === filter.inspectionId) &&
  (!filter.unitId || finding.unitId === filter.unitId) &&
  (!filter.statuses?.length || filter.statuses.includes(finding.status)) &&
  (!filter.severities?.length || filter.severities.includes(finding.severity)) &&
  (!filter.overdue || isFindingOverdue(finding, asOf)) &&
  (!filter.escalated || finding.escalation !== null);

/**
 * The log narrowed to the findings a filter keeps, so a ledger built from it lists what the page
 * shows; everything else in the log stays as it is.
 */
export const withFindingsFiltered = (
  log: ReportLog,
  filter: FindingLedgerFilter,
  asOf: string,
): ReportLog => ({
  ...log,
  findings: log.findings.filter(
    (track) => track.state.status !== 'NONE' && matches(track.state, filter, asOf),
  ),
});

/** The log narrowed to the tasks of one area (the task list page's area filter). */
export const withTasksOfArea = (log: ReportLog, area: string | null): ReportLog =>
  area === null
    ? log
    : {
        ...log,
        tasks: new Map(
          [...log.tasks].filter(([, track]) => track.state.status !== 'NONE' && track.state.area === area),
        ),
      };
