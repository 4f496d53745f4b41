import { decideFinding } from '../findings/finding.decide.js';
import type { FindingCommand } from '../findings/finding.commands.js';
import { evolveFinding, initialFindingState } from '../findings/finding.state.js';
import type { FindingState } from '../findings/finding.state.js';
import type { IndicatorSet } from '../indicators/indicator.types.js';
import { evolveInspection, initialInspectionState } from '../inspections/inspection.state.js';
import type { InspectionState } from '../inspections/inspection.state.js';
import type { LoggedEvent } from '../reports/logged-event.js';
import type { Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { testActors } from '../shared/testing/actors.js';
import { decideTask } from '../tasks/task.decide.js';
import type { TaskCommand } from '../tasks/task.commands.js';
import { evolveTask, initialTaskState } from '../tasks/task.state.js';
import type { TaskState } from '../tasks/task.state.js';

/** What one step of a generated history tries to do; a step the domain refuses is passed over. */
export type HistoryAction =
  | 'acknowledge'
  | 'report'
  | 'requestCompletion'
  | 'accept'
  | 'return'
  | 'requestHandoff'
  | 'approveHandoff'
  | 'rejectHandoff'
  | 'requestExtension'
  | 'approveExtension'
  | 'rejectExtension'
  | 'urge'
  | 'cancel'
  | 'notifyFinding'
  | 'submitPlan'
  | 'reportRectification'
  | 'requestClosure'
  | 'verify'
  | 'returnRectification'
  /** The finding's next step, whatever its state: notify, plan, progress or closure, verify or return. */
  | 'advanceFinding';

export const HISTORY_ACTIONS: readonly HistoryAction[] = [
  'acknowledge',
  'report',
  'requestCompletion',
  'accept',
  'return',
  'requestHandoff',
  'approveHandoff',
  'rejectHandoff',
  'requestExtension',
  'approveExtension',
  'rejectExtension',
  'urge',
  'cancel',
  'notifyFinding',
  'submitPlan',
  'reportRectification',
  'requestClosure',
  'verify',
  'returnRectification',
  'advanceFinding',
];

/** A district's year as a test generates it: small numbers that pick units, tasks and findings. */
export interface HistoryPlan {
  /** Units u0…u(n-1). */
  units: number;
  /** Task lists, one per year given (2024, 2025…). */
  listYears: number[];
  tasks: {
    list: number;
    area: number;
    lead: number;
    cooperating: number[];
    /** Day of the list's year the deadline falls on. */
    deadlineDay: number;
  }[];
  inspections: {
    /** The year whose work it inspects (its period). */
    year: number;
    /** When it logs its findings: 3 days a step after the 1st of June of its year (past 70: next year). */
    loggedAfterYearEnd: number;
    findings: { unit: number; task: number | null; deadlineDay: number }[];
  }[];
  steps: {
    action: HistoryAction;
    /** Picks a task (or a finding, for finding actions). */
    target: number;
    /** Picks a unit where one is needed. */
    unit: number;
    /** Figures, percents, days: whatever the action needs. */
    amount: number;
    /** Days since the previous step. */
    days: number;
  }[];
}

export const AREAS = ['依法决策', '行政执法', '普法宣传'];

/** Every task carries a count and an amount, with a rate between two counts: figures exercise all. */
export const GENERATED_INDICATORS: IndicatorSet = {
  indicators: [
    { id: 'cases', name: '办理案件', unitOfMeasure: '件', target: null, partOf: null, sumOf: null },
    { id: 'resolved', name: '办结案件', unitOfMeasure: '件', target: null, partOf: 'cases', sumOf: null },
    { id: 'funds', name: '投入资金', unitOfMeasure: '万元', target: null, partOf: null, sumOf: null },
  ],
  rates: [{ id: 'resolution', name: '办结率', numerator: 'resolved', denominator: 'cases' }],
};

const DAY_MS = 86_400_000;
const dateOf = (year: number, day: number) =>
  new Date(Date.UTC(year, 0, 1) + Math.max(0, Math.min(day, 364)) * DAY_MS).toISOString().slice(0, 10);
const EVIDENCE = [{ sha256: 'a'.repeat(64), name: '佐证.pdf', size: 1024, contentType: 'application/pdf' }];

/** A generated history: the events in log order, and the instant it ends at. */
export interface GeneratedHistory {
  events: LoggedEvent[];
  /** Instant (ISO) of the last event. */
  end: string;
  unitIds: string[];
  listIds: string[];
}

/**
 * Plays a plan through the domain's own deciders, so every event is one the product could record:
 * units and lists are written as facts, tasks and findings are decided command by command, and a
 * command the domain refuses (a wrong state, a wrong role) is passed over.
 */
export const playHistory = (plan: HistoryPlan): GeneratedHistory => {
  const events: LoggedEvent[] = [];
  const firstYear = Math.min(...plan.listYears);
  let clock = Date.UTC(firstYear, 0, 2, 1);
  const now = () => new Date(clock).toISOString();
  const positions = new Map<string, number>();
  const record = (streamId: string, type: string, data: unknown, actor: Actor) => {
    const streamPosition = (positions.get(streamId) ?? 0) + 1;
    positions.set(streamId, streamPosition);
    const globalPosition = events.length + 1;
    const recordedAt = now();
    events.push({
      id: `00000000-0000-4000-8000-${String(globalPosition).padStart(12, '0')}`,
      streamId,
      streamPosition,
      globalPosition,
      type,
      data,
      metadata: { actor: { ...actor, unitId: actor.unitId ?? null }, recordedAt } as LoggedEvent['metadata'],
      recordedAt,
    });
  };
  const unitIds = Array.from({ length: plan.units }, (_, i) => `u${i}`);
  for (const unitId of unitIds) {
    record(
      `unit-${unitId}`,
      'UnitRegistered',
      { unitId, name: `单位${unitId}`, kind: 'DEPARTMENT', registeredAt: now() },
      testActors.admin,
    );
  }

  // Lists and their tasks, issued.
  const tasks: { taskId: string; state: TaskState }[] = [];
  const listIds: string[] = [];
  plan.listYears.forEach((year, listIndex) => {
    const listId = `list-${listIndex}`;
    listIds.push(listId);
    const stream = `tasklist-${listId}`;
    record(
      stream,
      'TaskListDrafted',
      { listId, year, title: `${year}年工作要点`, documentNumber: null, areas: AREAS, draftedAt: now() },
      testActors.office,
    );
    const mine = plan.tasks.filter((spec) => spec.list % plan.listYears.length === listIndex);
    const taskIds: string[] = [];
    mine.forEach((spec) => {
      const taskId = `t${tasks.length}`;
      const lead = unitIds[spec.lead % unitIds.length]!;
      const cooperating = [...new Set(spec.cooperating.map((u) => unitIds[u % unitIds.length]!))].filter(
        (u) => u !== lead,
      );
      const area = AREAS[spec.area % AREAS.length]!;
      record(stream, 'TaskAddedToList', { listId, taskId, area, addedAt: now() }, testActors.office);
      taskIds.push(taskId);
      const entry = { taskId, state: initialTaskState() };
      tasks.push(entry);
      apply(
        entry,
        {
          type: 'DraftTask',
          data: {
            taskId,
            listId,
            area,
            title: `任务${taskId}`,
            description: '说明',
            leadUnitId: lead,
            cooperatingUnitIds: cooperating,
            deadline: dateOf(year, spec.deadlineDay),
            indicators: GENERATED_INDICATORS,
          },
        },
        testActors.office,
      );
    });
    record(
      stream,
      'TaskListIssued',
      {
        listId,
        year,
        title: `${year}年工作要点`,
        documentNumber: `文${listIndex}号`,
        areas: AREAS,
        taskIds,
        issuedAt: now(),
      },
      testActors.office,
    );
    for (const entry of tasks.filter((t) => taskIds.includes(t.taskId))) {
      apply(entry, { type: 'IssueTask', data: { taskId: entry.taskId } }, testActors.office);
    }
  });

  function apply(entry: { taskId: string; state: TaskState }, command: TaskCommand, actor: Actor): void {
    try {
      const decided = decideTask(command, entry.state, { actor, now: now() });
      for (const event of decided) {
        entry.state = evolveTask(entry.state, event);
        record(`task-${entry.taskId}`, event.type, event.data, actor);
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }

  // Inspections and their findings: logged when the plan says (some after their year has ended).
  const findings: { findingId: string; state: FindingState; inspection: InspectionState }[] = [];
  const pendingInspections = plan.inspections.map((spec, index) => ({ spec, index, opened: false }));
  const openDueInspections = () => {
    for (const pending of pendingInspections) {
      if (pending.opened) continue;
      const { spec, index } = pending;
      const year = firstYear + (spec.year % (plan.listYears.length + 1));
      // From mid-year on; a large `loggedAfterYearEnd` puts the findings after the year has ended.
      const at = Date.UTC(year, 5, 1) + spec.loggedAfterYearEnd * 3 * DAY_MS;
      if (clock < at) continue;
      pending.opened = true;
      const inspectionId = `i${index}`;
      const opened = {
        inspectionId,
        kind: 'RULE_OF_LAW',
        title: `${year}年度督察${index}`,
        teamUserIds: [testActors.inspector.userId],
        targetUnitIds: unitIds,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        filesSampled: null,
        filesSampledByUnit: [],
        openedBy: testActors.inspector.userId,
        openedAt: now(),
      };
      record(`inspection-${inspectionId}`, 'InspectionOpened', opened, testActors.inspector);
      const inspection = evolveInspection(initialInspectionState(), {
        type: 'InspectionOpened',
        data: opened,
      } as never);
      spec.findings.forEach((findingSpec, findingIndex) => {
        const findingId = `f${index}-${findingIndex}`;
        const entry = { findingId, state: initialFindingState(), inspection };
        findings.push(entry);
        const task =
          findingSpec.task === null || tasks.length === 0 ? null : tasks[findingSpec.task % tasks.length]!;
        decideFindingStep(
          entry,
          {
            type: 'LogFinding',
            data: {
              findingId,
              inspectionId,
              unitId: unitIds[findingSpec.unit % unitIds.length]!,
              description: '问题描述',
              severity: 'MEDIUM',
              category: '执法规范',
              rectificationDeadline: new Date(clock + (10 + findingSpec.deadlineDay) * DAY_MS)
                .toISOString()
                .slice(0, 10),
              taskId: task?.taskId ?? null,
            },
          },
          testActors.inspector,
        );
      });
    }
  };

  function decideFindingStep(
    entry: { findingId: string; state: FindingState; inspection: InspectionState },
    command: FindingCommand,
    actor: Actor,
  ): void {
    try {
      const decided = decideFinding(command, entry.state, {
        actor,
        now: now(),
        inspection: entry.inspection,
      });
      for (const event of decided) {
        entry.state = evolveFinding(entry.state, event);
        record(`finding-${entry.findingId}`, event.type, event.data, actor);
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }

  const unitFigures = new Map<string, { cases: number; resolved: number; funds: number; percent: number }>();
  for (const step of plan.steps) {
    clock += Math.max(1, step.days) * DAY_MS;
    openDueInspections();
    if (tasks.length === 0) continue;
    const entry = tasks[step.target % tasks.length]!;
    const task = entry.state;
    if (task.status === 'NONE') continue;
    const anyUnit = unitIds[step.unit % unitIds.length]!;
    const involved = [task.leadUnitId, ...task.cooperatingUnitIds];
    const involvedUnit = involved[step.unit % involved.length]!;
    const officer = (unitId: string) => testActors.officerOf(unitId);
    const taskId = entry.taskId;
    const finding = findings.length === 0 ? null : findings[step.target % findings.length]!;
    switch (step.action) {
      case 'acknowledge':
        apply(
          entry,
          { type: 'AcknowledgeTask', data: { taskId, unitId: involvedUnit } },
          officer(involvedUnit),
        );
        break;
      case 'report': {
        // Each unit reports its own cumulative figures, never lower than before.
        const key = `${taskId}/${involvedUnit}`;
        const before = unitFigures.get(key) ?? { cases: 0, resolved: 0, funds: 0, percent: 0 };
        const cases = before.cases + (step.amount % 7);
        const resolved = Math.min(cases, before.resolved + (step.amount % 5));
        const funds = Math.round((before.funds + (step.amount % 1000) / 100) * 100) / 100;
        const percent = Math.min(100, before.percent + (step.amount % 30));
        const figures: Record<string, number> =
          step.amount % 3 === 0 ? { cases, resolved } : { cases, resolved, funds };
        const length = events.length;
        apply(
          entry,
          {
            type: 'ReportTaskProgress',
            data: { taskId, unitId: involvedUnit, percent, narrative: '进展', figures },
          },
          officer(involvedUnit),
        );
        if (events.length > length)
          unitFigures.set(key, {
            cases,
            resolved,
            funds: 'funds' in figures ? funds : before.funds,
            percent,
          });
        break;
      }
      case 'requestCompletion':
        apply(
          entry,
          { type: 'RequestTaskCompletion', data: { taskId, summary: '已完成', evidence: EVIDENCE } },
          officer(task.leadUnitId),
        );
        break;
      case 'accept':
        apply(entry, { type: 'AcceptTask', data: { taskId, comment: null } }, testActors.office);
        break;
      case 'return':
        apply(entry, { type: 'ReturnTask', data: { taskId, reason: '材料不全' } }, testActors.office);
        break;
      case 'requestHandoff':
        apply(
          entry,
          { type: 'RequestHandoff', data: { taskId, toUnitId: anyUnit, reason: '职责调整' } },
          officer(task.leadUnitId),
        );
        break;
      case 'approveHandoff':
        apply(entry, { type: 'ApproveHandoff', data: { taskId, comment: null } }, testActors.office);
        break;
      case 'rejectHandoff':
        apply(entry, { type: 'RejectHandoff', data: { taskId, reason: '不予转办' } }, testActors.office);
        break;
      case 'requestExtension': {
        const newDeadline = new Date(
          Date.parse(`${task.deadline}T00:00:00Z`) + (1 + (step.amount % 60)) * DAY_MS,
        )
          .toISOString()
          .slice(0, 10);
        apply(
          entry,
          { type: 'RequestExtension', data: { taskId, newDeadline, reason: '客观原因' } },
          officer(task.leadUnitId),
        );
        break;
      }
      case 'approveExtension':
        apply(entry, { type: 'ApproveExtension', data: { taskId, comment: null } }, testActors.office);
        break;
      case 'rejectExtension':
        apply(entry, { type: 'RejectExtension', data: { taskId, reason: '理由不足' } }, testActors.office);
        break;
      case 'urge':
        apply(entry, { type: 'UrgeTask', data: { taskId, message: '请抓紧办理' } }, testActors.office);
        break;
      case 'cancel':
        // Rare: only when the amount says so, so most histories keep their tasks.
        if (step.amount % 5 === 0)
          apply(entry, { type: 'CancelTask', data: { taskId, reason: '不再需要' } }, testActors.office);
        break;
      case 'notifyFinding':
        if (finding)
          decideFindingStep(
            finding,
            { type: 'NotifyFinding', data: { findingId: finding.findingId } },
            testActors.inspector,
          );
        break;
      case 'submitPlan':
        if (finding && finding.state.status !== 'NONE') {
          decideFindingStep(
            finding,
            {
              type: 'SubmitRectificationPlan',
              data: {
                findingId: finding.findingId,
                plan: '整改方案',
                measures: ['措施一'],
                plannedCompletionDate: new Date(clock + 20 * DAY_MS).toISOString().slice(0, 10),
              },
            },
            officer(finding.state.unitId),
          );
        }
        break;
      case 'reportRectification':
        if (finding && finding.state.status !== 'NONE') {
          decideFindingStep(
            finding,
            {
              type: 'ReportRectificationProgress',
              data: {
                findingId: finding.findingId,
                narrative: '整改中',
                percent: Math.min(100, 10 + (step.amount % 90)),
              },
            },
            officer(finding.state.unitId),
          );
        }
        break;
      case 'requestClosure':
        if (finding && finding.state.status !== 'NONE') {
          decideFindingStep(
            finding,
            {
              type: 'RequestFindingClosure',
              data: { findingId: finding.findingId, summary: '已整改', evidence: EVIDENCE },
            },
            officer(finding.state.unitId),
          );
        }
        break;
      case 'verify':
        if (finding)
          decideFindingStep(
            finding,
            { type: 'VerifyRectification', data: { findingId: finding.findingId, remarks: null } },
            testActors.inspector,
          );
        break;
      case 'returnRectification':
        if (finding)
          decideFindingStep(
            finding,
            { type: 'ReturnRectification', data: { findingId: finding.findingId, reason: '未整改到位' } },
            testActors.inspector,
          );
        break;
      case 'advanceFinding': {
        if (!finding || finding.state.status === 'NONE') break;
        const { findingId, unitId } = finding.state;
        const next: Record<string, [FindingCommand, Actor] | null> = {
          LOGGED: [{ type: 'NotifyFinding', data: { findingId } }, testActors.inspector],
          NOTIFIED: [
            {
              type: 'SubmitRectificationPlan',
              data: {
                findingId,
                plan: '整改方案',
                measures: ['措施一'],
                plannedCompletionDate: new Date(clock + 20 * DAY_MS).toISOString().slice(0, 10),
              },
            },
            officer(unitId),
          ],
          RECTIFYING:
            step.amount % 3 === 0
              ? [
                  {
                    type: 'ReportRectificationProgress',
                    data: { findingId, narrative: '整改中', percent: 50 },
                  },
                  officer(unitId),
                ]
              : [
                  {
                    type: 'RequestFindingClosure',
                    data: { findingId, summary: '已整改', evidence: EVIDENCE },
                  },
                  officer(unitId),
                ],
          AWAITING_VERIFICATION:
            step.amount % 4 === 0
              ? [
                  { type: 'ReturnRectification', data: { findingId, reason: '未整改到位' } },
                  testActors.inspector,
                ]
              : [{ type: 'VerifyRectification', data: { findingId, remarks: null } }, testActors.inspector],
        };
        const move = next[finding.state.status];
        if (move) decideFindingStep(finding, move[0], move[1]);
        break;
      }
      default: {
        const unexpected: never = step.action;
        throw new Error(`unknown action ${String(unexpected)}`);
      }
    }
  }
  // Inspections due later than the last step still happen, after it.
  clock = Math.max(clock, Date.UTC(firstYear + plan.listYears.length + 1, 2, 1));
  openDueInspections();
  return { events, end: now(), unitIds, listIds };
};
