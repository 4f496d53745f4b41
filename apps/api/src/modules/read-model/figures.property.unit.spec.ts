import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildDepartmentProgress,
  buildTaskLedger,
  buildAnnualReportDraft,
  EMPTY_RULE_CATALOGUE,
  foldReportLog,
  gatherReportFacts,
  leadPercentOf,
  figureTaskOfRecord,
  taskStream,
} from '@duban/domain';
import type { LoggedEvent } from '@duban/domain';
import { historyPlans, playHistory } from '@duban/domain/testing';
import type { ReadAllEvent } from '@duban/event-store';
import { foldInMemory } from '../../core/projection/document-projection.js';
import { TASKS_TABLE } from '../tasks/projections/tasks.table.js';
import { toTaskObject } from '../tasks/queries/to-task-object.js';
import { PROGRESS_SOURCES } from './as-of-replay.js';
import { computeProgress } from './progress/compute-progress.js';
import { foldedProgressRows } from './progress/progress-rows.js';
import { indicatorFiguresOfTask } from './queries/get-indicator-figures/indicator-figures-of-task.js';
import { ReadView } from './read-view.js';

/** Histories per property; CI runs at least 200. */
const RUNS = Number(process.env.DUBAN_PROPERTY_RUNS ?? 200);
const YELLOW_DAYS = 7;

const asStored = (events: LoggedEvent[]): ReadAllEvent[] =>
  events.map((event, index) => ({
    ...event,
    globalPosition: BigInt(index + 1),
    metadata: event.metadata as ReadAllEvent['metadata'],
    checkpoint: { transactionId: 1n, globalPosition: BigInt(index + 1) },
  })) as ReadAllEvent[];

/** The read model's answer (its projections folded in memory, as a rebuild or as-of replay does). */
const readModelOf = (events: ReadAllEvent[], at: string, listId: string, area: string | null = null) => {
  const folded = foldInMemory(PROGRESS_SOURCES, events);
  const rows = foldedProgressRows(folded, listId, area)!;
  const units = new Map(rows.units.map((u) => [u.unitId, u]));
  const view = new ReadView(new Date(at), YELLOW_DAYS, units);
  return { folded, rows, view, progress: computeProgress(rows.tasks, rows.findings, rows.units, view) };
};

describe('the read model and the report over generated histories', () => {
  it('department progress on the dashboard equals the ledger of the report for every unit', () => {
    fc.assert(
      fc.property(historyPlans, (plan) => {
        const history = playHistory(plan);
        const { progress } = readModelOf(asStored(history.events), history.end, 'list-0');
        const ledger = buildDepartmentProgress(foldReportLog(history.events), {
          taskListId: 'list-0',
          asOf: history.end,
        });
        expect(new Set(progress.units.map((u) => u.unitId))).toEqual(
          new Set(ledger.map((row) => row.unitId)),
        );
        for (const row of ledger) {
          const live = progress.units.find((u) => u.unitId === row.unitId)!;
          expect({
            tasksLed: live.tasksLed,
            tasksCooperating: live.tasksCooperated,
            acknowledged: live.acknowledged,
            cooperationsAcknowledged: live.cooperationsAcknowledged,
            inProgress: live.inProgress,
            awaitingReview: live.awaitingReview,
            completed: live.completed,
            overdue: live.overdue,
            completionRate: live.completionRate,
            onTimeRate: live.onTimeRate,
            handoffsIn: live.handoffsIn,
            handoffsOut: live.handoffsOut,
            findingsOpen: live.findingsOpen,
            findingsRectifying: live.findingsRectifying,
            findingsClosed: live.findingsClosed,
            findingsOverdue: live.findingsOverdue,
            rectificationRate: live.rectificationRate,
            lastReportAt: live.lastReportAt && new Date(live.lastReportAt).toISOString(),
          }).toEqual({ ...row, unitId: undefined, unitName: undefined, lastReportAt: row.lastReportAt });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('an area asked for alone gives the figures of its row in the whole list', () => {
    fc.assert(
      fc.property(historyPlans, (plan) => {
        const history = playHistory(plan);
        const events = asStored(history.events);
        const whole = readModelOf(events, history.end, 'list-0').progress;
        for (const area of whole.areas) {
          const alone = readModelOf(events, history.end, 'list-0', area.area).progress;
          expect(alone.totals).toEqual(
            Object.fromEntries(Object.entries(area).filter(([k]) => k !== 'area')),
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a task's figures, percent and feedback agree on the task page, in indicatorFigures, the ledger and the report", () => {
    fc.assert(
      fc.property(historyPlans, (plan) => {
        const history = playHistory(plan);
        const { folded, view } = readModelOf(asStored(history.events), history.end, 'list-0');
        const log = foldReportLog(history.events);
        const ledger = buildTaskLedger(log, {
          taskListId: null,
          asOf: history.end,
          catalogue: EMPTY_RULE_CATALOGUE,
        });
        const draft = buildAnnualReportDraft(
          gatherReportFacts(history.events, { year: 2024, taskListId: 'list-0', asOf: history.end }),
        );
        for (const row of folded.all(TASKS_TABLE)) {
          const record = log.tasks.get(taskStream(row.taskId))!.state;
          if (record.status === 'NONE') continue;
          const task = toTaskObject(row, view);
          const figures = Object.fromEntries(task.figures.map((f) => [f.indicatorId, f.value]));
          expect(figures).toEqual(record.figures);
          expect(task.percent).toBe(leadPercentOf(figureTaskOfRecord(record)));
          const indicator = indicatorFiguresOfTask(row, view);
          expect(Object.fromEntries(indicator.totals.figures.map((f) => [f.indicatorId, f.value]))).toEqual(
            record.figures,
          );
          const ledgerRow = ledger.find((r) => r.taskId === row.taskId);
          if (ledgerRow) {
            expect(ledgerRow.progress).toBe(task.percent);
            expect(ledgerRow.lastReportAt && new Date(ledgerRow.lastReportAt).toISOString()).toBe(
              task.lastReportAt && new Date(task.lastReportAt).toISOString(),
            );
          }
          for (const figure of draft.figures.filter((f) => f.figureId.startsWith(`task/${row.taskId}/`))) {
            const indicatorId = figure.figureId.split('/')[2]!;
            if (indicatorId !== 'rate') expect(figure.value).toBe(figures[indicatorId]);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
