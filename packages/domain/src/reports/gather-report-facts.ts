import {
  attributeFinding,
  countsForList,
  countsForYear,
  inspectionYearOf,
} from '../figures/finding-attribution.js';
import type { FindingAttribution } from '../figures/finding-attribution.js';
import { isCountedFinding } from '../figures/progress-tally.js';
import type { FindingEvent } from '../findings/finding.events.js';
import { evolveFinding, initialFindingState } from '../findings/finding.state.js';
import type { FindingState } from '../findings/finding.state.js';
import { isFindingOverdue } from '../findings/is-finding-overdue.js';
import type { InspectionEvent } from '../inspections/inspection.events.js';
import { evolveInspection, initialInspectionState } from '../inspections/inspection.state.js';
import type { InspectionState } from '../inspections/inspection.state.js';
import { notFound, validation } from '../shared/domain-error.js';
import type { TaskListEvent } from '../task-lists/task-list.events.js';
import { evolveTaskList, initialTaskListState } from '../task-lists/task-list.state.js';
import type { TaskListState } from '../task-lists/task-list.state.js';
import { isOverdue } from '../tasks/task.deadline.js';
import type { TaskEvent } from '../tasks/task.events.js';
import { evolveTask, initialTaskState } from '../tasks/task.state.js';
import { taskStream } from '../tasks/task.stream.js';
import type { TaskRecord, TaskState } from '../tasks/task.state.js';
import type { UnitEvent } from '../units/unit.events.js';
import { unitStream } from '../units/unit.stream.js';
import { evolveUnit, initialUnitState } from '../units/unit.state.js';
import type { UnitState } from '../units/unit.state.js';
import { sourceOf } from './logged-event.js';
import type { LoggedEvent } from './logged-event.js';
import type { ReportFacts, ReportFindingFact, ReportListFact, ReportTaskFact } from './report-facts.js';
import { REPORT_DISTRICT_SCOPE } from './report.values.js';
import type { ReportSourceEvent } from './report.values.js';

// The folds below only see the types they know: an event type added later is skipped, not misread.
const TASK_TYPES = new Set<string>([
  'TaskDrafted',
  'TaskEdited',
  'TaskRemoved',
  'TaskRemovalWithdrawn',
  'TaskAssigned',
  'TaskAcknowledged',
  'TaskProgressReported',
  'TaskCompletionRequested',
  'TaskAccepted',
  'TaskReturned',
  'HandoffRequested',
  'HandoffApproved',
  'HandoffRejected',
  'ExtensionRequested',
  'ExtensionApproved',
  'ExtensionRejected',
  'TaskUrged',
  'TaskCancelled',
] satisfies TaskEvent['type'][]);
const LIST_TYPES = new Set<string>([
  'TaskListDrafted',
  'TaskListEdited',
  'TaskAddedToList',
  'TaskRemovedFromList',
  'TaskListIssued',
] satisfies TaskListEvent['type'][]);
const INSPECTION_TYPES = new Set<string>([
  'InspectionOpened',
  'CaseFileReviewRecorded',
  'InspectionNoticeIssued',
  'InspectionClosed',
] satisfies InspectionEvent['type'][]);
const FINDING_TYPES = new Set<string>([
  'FindingLogged',
  'FindingNotified',
  'RectificationPlanSubmitted',
  'RectificationProgressReported',
  'FindingClosureRequested',
  'RectificationVerified',
  'RectificationReturned',
  'FindingEscalated',
  'FindingReminded',
] satisfies FindingEvent['type'][]);
const UNIT_TYPES = new Set<string>([
  'UnitRegistered',
  'UnitRenamed',
  'UnitRetired',
] satisfies UnitEvent['type'][]);

export interface TaskTrack {
  state: TaskState;
  latest: ReportSourceEvent | null;
  assigned: ReportSourceEvent | null;
  accepted: ReportSourceEvent | null;
  /** Per indicator, per unit: the progress report that last stated that unit's figure. */
  figureSources: Record<string, Record<string, ReportSourceEvent>>;
  completionSummary: string | null;
  acceptedSummary: string | null;
  narrative: string | null;
}

export interface InspectionTrack {
  state: InspectionState;
  opened: ReportSourceEvent | null;
  reviewSources: Record<string, ReportSourceEvent>;
}

export interface FindingTrack {
  state: FindingState;
  logged: ReportSourceEvent | null;
  verified: ReportSourceEvent | null;
  latest: ReportSourceEvent | null;
}

export interface ReportScopeQuery {
  year: number;
  /** One task list, or every issued list of the year when null. */
  taskListId: string | null;
  /** The instant the facts are judged at (overdue); the events are those recorded by then. */
  asOf: string;
}

/** Every stream the report and the ledgers read, folded. */
export interface ReportLog {
  lists: ReportListFact[];
  /** By task stream id. */
  tasks: Map<string, TaskTrack>;
  inspections: InspectionTrack[];
  findings: FindingTrack[];
  units: Exclude<UnitState, { status: 'NONE' }>[];
  unitName: (unitId: string) => string;
  /** Approved handoffs per unit id. */
  handoffs: { in: Record<string, number>; out: Record<string, number> };
  /** Per unit id, the latest progress report it made on a task or a finding. */
  lastReportAt: Record<string, string>;
}

const listFact = (state: TaskListState): ReportListFact | null =>
  state.status === 'NONE'
    ? null
    : {
        listId: state.listId,
        year: state.year,
        title: state.title,
        documentNumber: state.documentNumber,
        areas: state.areas,
        taskIds: state.taskIds,
        issued: state.status === 'ISSUED',
      };

/** Where a finding of the log counts: the domain's one rule (`attributeFinding`). */
export const attributeLoggedFinding = (
  log: ReportLog,
  finding: { taskId: string | null; inspectionId: string },
): FindingAttribution =>
  attributeFinding(finding, {
    taskOf: (taskId) => {
      const task = log.tasks.get(taskStream(taskId))?.state;
      return task && task.status !== 'NONE' ? { listId: task.listId, area: task.area } : undefined;
    },
    listOf: (listId) => log.lists.find((list) => list.listId === listId),
    inspectionOf: (inspectionId) =>
      log.inspections
        .map((track) => track.state)
        .find((state) => state.status !== 'NONE' && state.inspectionId === inspectionId) as
        { periodEnd: string } | undefined,
  });

/**
 * Folds the log (in global order) with the domain's own evolve functions, keeping beside each state
 * the events a report cites: who assigned, accepted, last stated each figure, logged or closed.
 */
export const foldReportLog = (events: Iterable<LoggedEvent>): ReportLog => {
  const lists = new Map<string, TaskListState>();
  const tasks = new Map<string, TaskTrack>();
  const inspections = new Map<string, InspectionTrack>();
  const findings = new Map<string, FindingTrack>();
  const units = new Map<string, UnitState>();
  const handoffs = { in: {} as Record<string, number>, out: {} as Record<string, number> };
  const lastReportAt: Record<string, string> = {};
  const reported = (unitId: string, at: string) => {
    if (!lastReportAt[unitId] || lastReportAt[unitId]! < at) lastReportAt[unitId] = at;
  };

  for (const event of events) {
    const source = sourceOf(event);
    if (LIST_TYPES.has(event.type) && event.streamId.startsWith('tasklist-')) {
      const state = lists.get(event.streamId) ?? initialTaskListState();
      lists.set(
        event.streamId,
        evolveTaskList(state, { type: event.type, data: event.data } as TaskListEvent),
      );
    } else if (TASK_TYPES.has(event.type) && event.streamId.startsWith('task-')) {
      const track: TaskTrack = tasks.get(event.streamId) ?? {
        state: initialTaskState(),
        latest: null,
        assigned: null,
        accepted: null,
        figureSources: {},
        completionSummary: null,
        acceptedSummary: null,
        narrative: null,
      };
      const typed = { type: event.type, data: event.data } as TaskEvent;
      track.state = evolveTask(track.state, typed);
      track.latest = source;
      if (typed.type === 'TaskAssigned') track.assigned = source;
      if (typed.type === 'TaskCompletionRequested') track.completionSummary = typed.data.summary;
      if (typed.type === 'TaskAccepted') {
        track.accepted = source;
        track.acceptedSummary = track.completionSummary;
      }
      if (typed.type === 'HandoffApproved') {
        handoffs.in[typed.data.toUnitId] = (handoffs.in[typed.data.toUnitId] ?? 0) + 1;
        handoffs.out[typed.data.fromUnitId] = (handoffs.out[typed.data.fromUnitId] ?? 0) + 1;
      }
      if (typed.type === 'TaskProgressReported') {
        reported(typed.data.unitId, typed.data.reportedAt);
        track.narrative = typed.data.narrative;
        for (const indicatorId of Object.keys(typed.data.figures)) {
          track.figureSources[indicatorId] = {
            ...track.figureSources[indicatorId],
            [typed.data.unitId]: source,
          };
        }
      }
      tasks.set(event.streamId, track);
    } else if (INSPECTION_TYPES.has(event.type) && event.streamId.startsWith('inspection-')) {
      const track: InspectionTrack = inspections.get(event.streamId) ?? {
        state: initialInspectionState(),
        opened: null,
        reviewSources: {},
      };
      const typed = { type: event.type, data: event.data } as InspectionEvent;
      track.state = evolveInspection(track.state, typed);
      if (typed.type === 'InspectionOpened') track.opened = source;
      if (typed.type === 'CaseFileReviewRecorded') track.reviewSources[typed.data.unitId] = source;
      inspections.set(event.streamId, track);
    } else if (FINDING_TYPES.has(event.type) && event.streamId.startsWith('finding-')) {
      const track: FindingTrack = findings.get(event.streamId) ?? {
        state: initialFindingState(),
        logged: null,
        verified: null,
        latest: null,
      };
      const typed = { type: event.type, data: event.data } as FindingEvent;
      track.state = evolveFinding(track.state, typed);
      track.latest = source;
      if (typed.type === 'FindingLogged') track.logged = source;
      if (typed.type === 'RectificationProgressReported') reported(typed.data.unitId, typed.data.reportedAt);
      if (typed.type === 'RectificationVerified') track.verified = source;
      if (typed.type === 'RectificationReturned') track.verified = null;
      findings.set(event.streamId, track);
    } else if (UNIT_TYPES.has(event.type) && event.streamId.startsWith('unit-')) {
      const state = units.get(event.streamId) ?? initialUnitState();
      units.set(event.streamId, evolveUnit(state, { type: event.type, data: event.data } as UnitEvent));
    }
  }

  return {
    lists: [...lists.values()].map(listFact).filter((list): list is ReportListFact => list !== null),
    tasks,
    inspections: [...inspections.values()],
    findings: [...findings.values()],
    units: [...units.values()].flatMap((unit) => (unit.status === 'NONE' ? [] : [unit])),
    unitName: (unitId: string): string => {
      const unit = units.get(unitStream(unitId));
      return unit && unit.status !== 'NONE' ? unit.name : unitId;
    },
    handoffs,
    lastReportAt,
  };
};

/**
 * The facts one annual report needs, from a folded log: the year's task lists and their issued tasks
 * with the events behind each figure, next year's lists, the inspections whose period touches the
 * year and their findings.
 */
export const reportFactsOf = (log: ReportLog, query: ReportScopeQuery): ReportFacts => {
  const { tasks, unitName } = log;
  const allLists = log.lists;

  let scopeLists: ReportListFact[];
  if (query.taskListId) {
    const list = allLists.find((candidate) => candidate.listId === query.taskListId);
    if (!list) {
      throw notFound('TASK_LIST_NOT_FOUND', `task list ${query.taskListId} does not exist`, {
        listId: query.taskListId,
      });
    }
    if (list.year !== query.year) {
      throw validation(
        'REPORT_YEAR_MISMATCH',
        `task list ${list.listId} is for ${list.year}, not ${query.year}`,
        {
          listId: list.listId,
          year: list.year,
        },
      );
    }
    scopeLists = [list];
  } else {
    scopeLists = allLists.filter((list) => list.year === query.year && list.issued);
    if (scopeLists.length === 0) {
      throw notFound('TASK_LIST_NOT_FOUND', `no task list for ${query.year} has been issued`, {
        year: query.year,
      });
    }
  }
  const nextYear = allLists.filter((list) => list.year === query.year + 1);
  const nextLists = nextYear.some((list) => list.issued) ? nextYear.filter((list) => list.issued) : nextYear;

  const trackOf = (taskId: string) => tasks.get(taskStream(taskId));
  const reportTasks: ReportTaskFact[] = [];
  for (const list of scopeLists) {
    for (const taskId of list.taskIds) {
      const track = trackOf(taskId);
      if (!track || !track.latest) continue;
      const task = track.state;
      if (task.status === 'NONE' || task.status === 'DRAFT' || task.status === 'REMOVED') continue;
      reportTasks.push({
        task,
        overdue: isOverdue(task, query.asOf),
        leadUnitName: unitName(task.leadUnitId),
        latest: track.latest,
        assigned: track.assigned,
        accepted: task.status === 'COMPLETED' ? track.accepted : null,
        figureSources: track.figureSources,
        summary: (task.status === 'COMPLETED' ? track.acceptedSummary : null) ?? track.narrative,
      });
    }
  }
  const nextTasks: TaskRecord[] = [];
  for (const list of nextLists) {
    for (const taskId of list.taskIds) {
      const task = trackOf(taskId)?.state;
      if (task && task.status !== 'NONE' && task.status !== 'REMOVED' && task.status !== 'CANCELLED') {
        nextTasks.push(task);
      }
    }
  }

  // Findings count where the one rule puts them: the list of their task, else their inspection's year.
  const scopeList = query.taskListId ? scopeLists[0]! : null;
  const inScope = (attribution: FindingAttribution) =>
    scopeList ? countsForList(attribution, scopeList) : countsForYear(attribution, query.year);
  const reportFindings: ReportFindingFact[] = log.findings.flatMap((track) => {
    const finding = track.state;
    if (finding.status === 'NONE' || !track.logged || !track.latest) return [];
    if (!isCountedFinding(finding) || !inScope(attributeLoggedFinding(log, finding))) return [];
    return [
      {
        finding,
        unitName: unitName(finding.unitId),
        overdue: isFindingOverdue(finding, query.asOf),
        logged: track.logged,
        verified: finding.status === 'CLOSED' ? track.verified : null,
        latest: track.latest,
      },
    ];
  });
  // The inspections of the year, and any other whose findings count here.
  const withFindings = new Set(reportFindings.map((fact) => fact.finding.inspectionId));
  const reportInspections = log.inspections.flatMap((track) => {
    const inspection = track.state;
    if (inspection.status === 'NONE' || !track.opened) return [];
    if (inspectionYearOf(inspection) !== query.year && !withFindings.has(inspection.inspectionId)) return [];
    return [
      {
        inspection,
        opened: track.opened,
        unitNames: inspection.targetUnitIds.map(unitName),
        reviewSources: track.reviewSources,
      },
    ];
  });

  return {
    year: query.year,
    scope: query.taskListId ?? REPORT_DISTRICT_SCOPE,
    asOf: query.asOf,
    lists: scopeLists,
    nextLists,
    tasks: reportTasks,
    nextTasks,
    inspections: reportInspections,
    findings: reportFindings,
  };
};

/** Folds the log (in global order) and takes the facts of one report. Pure: the caller reads the events. */
export const gatherReportFacts = (events: Iterable<LoggedEvent>, query: ReportScopeQuery): ReportFacts =>
  reportFactsOf(foldReportLog(events), query);
