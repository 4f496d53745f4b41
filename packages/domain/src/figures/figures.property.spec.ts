import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOf } from '../indicators/derive-rates.js';
import { buildAnnualReportDraft } from '../reports/build-annual-report.js';
import { foldReportLog, gatherReportFacts } from '../reports/gather-report-facts.js';
import { buildDepartmentProgress } from '../reports/ledgers.js';
import { decideAnnualReport } from '../reports/report.decide.js';
import { evolveAnnualReport, initialAnnualReportState } from '../reports/report.state.js';
import { testActors } from '../shared/testing/actors.js';
import { taskStream } from '../tasks/task.stream.js';
import { playHistory } from '../testing/generated-history.js';
import type { HistoryPlan } from '../testing/generated-history.js';
import { historyPlans } from '../testing/history-plans.js';
import { countsForList } from './finding-attribution.js';
import { figureFindingOfFacts, figureTaskOfRecord } from './of-task-record.js';
import { SUMMED_FINDING_FIELDS, SUMMED_TASK_FIELDS, tallyProgress } from './progress-tally.js';
import type { ProgressFigureSet } from './progress-tally.js';
import { attributeLoggedFinding } from '../reports/gather-report-facts.js';

/** Histories per property; CI runs at least 200 in all. */
const RUNS = Number(process.env.DUBAN_PROPERTY_RUNS ?? 200);

const pick = (figures: ProgressFigureSet, fields: readonly (keyof ProgressFigureSet)[]) =>
  Object.fromEntries(fields.map((field) => [field, figures[field]]));
const sumOf = (rows: ProgressFigureSet[], fields: readonly (keyof ProgressFigureSet)[]) =>
  Object.fromEntries(
    fields.map((field) => [field, rows.reduce((sum, row) => sum + (row[field] as number), 0)]),
  );

/** The tally of one list from a folded log, as the ledger and the report count it. */
const tallyOfList = (plan: HistoryPlan, listIndex: number) => {
  const history = playHistory(plan);
  const log = foldReportLog(history.events);
  const list = log.lists[listIndex]!;
  const tasks = list.taskIds.flatMap((taskId) => {
    const state = log.tasks.get(taskStream(taskId))?.state;
    return state && state.status !== 'NONE' ? [figureTaskOfRecord(state)] : [];
  });
  const findings = log.findings.flatMap((track) => {
    const finding = track.state;
    if (finding.status === 'NONE') return [];
    const attribution = attributeLoggedFinding(log, finding);
    return countsForList(attribution, list)
      ? [{ finding: figureFindingOfFacts(finding), area: attribution.area }]
      : [];
  });
  return {
    history,
    log,
    list,
    tally: tallyProgress({ tasks, findings, unitIds: history.unitIds, now: history.end, yellowDays: 7 }),
  };
};

/**
 * An independent reference for indicator figures, written here from the events alone: each unit's
 * own latest figure per indicator, summed in integer hundredths.
 */
const referenceFigures = (events: ReturnType<typeof playHistory>['events']) => {
  const perTask = new Map<string, Map<string, Record<string, number>>>();
  for (const event of events) {
    if (event.type !== 'TaskProgressReported') continue;
    const data = event.data as { taskId: string; unitId: string; figures: Record<string, number> };
    const units = perTask.get(data.taskId) ?? new Map<string, Record<string, number>>();
    units.set(data.unitId, { ...units.get(data.unitId), ...data.figures });
    perTask.set(data.taskId, units);
  }
  const totals = new Map<string, Record<string, number>>();
  for (const [taskId, units] of perTask) {
    const sums: Record<string, number> = {};
    for (const figures of units.values()) {
      for (const [id, value] of Object.entries(figures)) sums[id] = (sums[id] ?? 0) + Math.round(value * 100);
    }
    totals.set(taskId, Object.fromEntries(Object.entries(sums).map(([id, cents]) => [id, cents / 100])));
  }
  return totals;
};

describe('figures over generated histories', () => {
  it('summable fields add up from units to the district, and task fields from areas too', () => {
    fc.assert(
      fc.property(historyPlans, (plan) => {
        const { tally } = tallyOfList(plan, 0);
        const units = tally.units.map((row) => row.figures);
        const areas = tally.areas.map((row) => row.figures);
        expect(sumOf(units, SUMMED_TASK_FIELDS)).toEqual(pick(tally.totals, SUMMED_TASK_FIELDS));
        expect(sumOf(units, SUMMED_FINDING_FIELDS)).toEqual(pick(tally.totals, SUMMED_FINDING_FIELDS));
        expect(sumOf(areas, SUMMED_TASK_FIELDS)).toEqual(pick(tally.totals, SUMMED_TASK_FIELDS));
        // Areas count only linked findings: never more than the district.
        for (const field of SUMMED_FINDING_FIELDS) {
          expect(sumOf(areas, [field])[field]).toBeLessThanOrEqual(tally.totals[field] as number);
        }
        for (const row of [...units, ...areas, tally.totals]) {
          expect(row.completionRate).toBe(percentOf(row.completed, row.tasksLed));
          expect(row.onTimeRate).toBe(percentOf(row.completedOnTime, row.completed));
          expect(row.rectificationRate).toBe(percentOf(row.findingsClosed, row.findings));
          expect(row.acknowledged).toBeLessThanOrEqual(row.tasksLed);
          expect(row.cooperationsAcknowledged).toBeLessThanOrEqual(row.tasksCooperated);
          expect(row.inProgress + row.awaitingReview + row.completed).toBeLessThanOrEqual(row.tasksLed);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the ledger of progress per department gives the dashboard tally for every unit', () => {
    fc.assert(
      fc.property(historyPlans, (plan) => {
        const { log, list, history, tally } = tallyOfList(plan, 0);
        const ledger = buildDepartmentProgress(log, { taskListId: list.listId, asOf: history.end });
        expect(ledger.map((row) => row.unitId)).toEqual(tally.units.map((row) => row.unitId));
        for (const row of ledger) {
          const figures = tally.units.find((unit) => unit.unitId === row.unitId)!.figures;
          expect(row).toMatchObject({
            tasksLed: figures.tasksLed,
            tasksCooperating: figures.tasksCooperated,
            acknowledged: figures.acknowledged,
            cooperationsAcknowledged: figures.cooperationsAcknowledged,
            inProgress: figures.inProgress,
            completed: figures.completed,
            overdue: figures.overdue,
            handoffsIn: figures.handoffsIn,
            handoffsOut: figures.handoffsOut,
            findingsOpen: figures.findingsOpen,
            findingsClosed: figures.findingsClosed,
            lastReportAt: figures.lastReportAt,
          });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("the report's task figures are each unit's latest figures summed, as a reference fold computes them", () => {
    fc.assert(
      fc.property(historyPlans, (plan) => {
        const history = playHistory(plan);
        const reference = referenceFigures(history.events);
        const draft = buildAnnualReportDraft(
          gatherReportFacts(history.events, { year: 2024, taskListId: 'list-0', asOf: history.end }),
        );
        const log = foldReportLog(history.events);
        for (const figure of draft.figures) {
          const match = /^task\/([^/]+)\/(cases|resolved|funds)$/.exec(figure.figureId);
          if (!match) continue;
          const [, taskId, indicatorId] = match;
          expect(figure.value).toBe(reference.get(taskId!)?.[indicatorId!]);
          // Traced to every contributing unit's reporting event.
          const task = log.tasks.get(taskStream(taskId!))!.state;
          if (task.status === 'NONE') continue;
          const contributors = Object.entries(task.figuresByUnit).filter(
            ([, f]) => f[indicatorId!] !== undefined,
          );
          expect(new Set(figure.sources.map((source) => source.actor.unitId))).toEqual(
            new Set(contributors.map(([unitId]) => unitId)),
          );
        }
        for (const figure of draft.figures) {
          const match = /^task\/([^/]+)\/rate\/resolution$/.exec(figure.figureId);
          if (!match) continue;
          const sums = reference.get(match[1]!)!;
          expect(figure.numerator).toBe(sums.resolved);
          expect(figure.denominator).toBe(sums.cases);
          expect(figure.value).toBe(percentOf(sums.resolved!, sums.cases!));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('regenerating the report over an unchanged log records nothing', () => {
    fc.assert(
      fc.property(historyPlans, (plan) => {
        const history = playHistory(plan);
        const draftOf = () =>
          buildAnnualReportDraft(
            gatherReportFacts(history.events, { year: 2024, taskListId: null, asOf: history.end }),
          );
        const ctx = { actor: testActors.office, now: history.end };
        const first = decideAnnualReport(
          { type: 'GenerateReportDraft', data: { draft: draftOf() } },
          initialAnnualReportState(),
          ctx,
        );
        expect(first).toHaveLength(1);
        // The state as the store gives it back: through JSON, as any store keeps it.
        const stored = JSON.parse(JSON.stringify(first[0])) as (typeof first)[number];
        const state = evolveAnnualReport(initialAnnualReportState(), stored);
        expect(
          decideAnnualReport({ type: 'GenerateReportDraft', data: { draft: draftOf() } }, state, ctx),
        ).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
