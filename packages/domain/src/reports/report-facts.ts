import type { FindingFacts } from '../findings/finding.state.js';
import type { InspectionFacts } from '../inspections/inspection.state.js';
import type { TaskRecord } from '../tasks/task.state.js';
import type { ReportSourceEvent } from './report.values.js';

/** A task list as the report needs it. */
export interface ReportListFact {
  listId: string;
  year: number;
  title: string;
  documentNumber: string | null;
  areas: string[];
  taskIds: string[];
  issued: boolean;
}

export interface ReportTaskFact {
  task: TaskRecord;
  overdue: boolean;
  leadUnitName: string;
  /** The task's latest event as of the report: what its current status rests on. */
  latest: ReportSourceEvent;
  assigned: ReportSourceEvent | null;
  accepted: ReportSourceEvent | null;
  /** Per indicator, per contributing unit, the progress report that last stated that unit's figure. */
  figureSources: Record<string, Record<string, ReportSourceEvent>>;
  /** The summary of the completion request accepted, else the latest progress narrative. */
  summary: string | null;
}

export interface ReportInspectionFact {
  inspection: InspectionFacts;
  opened: ReportSourceEvent;
  unitNames: string[];
  /** Per unit, the case-file review record in force. */
  reviewSources: Record<string, ReportSourceEvent>;
}

export interface ReportFindingFact {
  finding: FindingFacts;
  unitName: string;
  overdue: boolean;
  logged: ReportSourceEvent;
  verified: ReportSourceEvent | null;
  latest: ReportSourceEvent;
}

/** Everything the draft builder reads, gathered from the log by `gatherReportFacts`. */
export interface ReportFacts {
  year: number;
  scope: string;
  asOf: string;
  lists: ReportListFact[];
  nextLists: ReportListFact[];
  /** Tasks of `lists` that were issued, in list order. */
  tasks: ReportTaskFact[];
  /** Tasks of `nextLists`, in list order (drafts included: next year's plan may not be issued yet). */
  nextTasks: TaskRecord[];
  inspections: ReportInspectionFact[];
  findings: ReportFindingFact[];
}
