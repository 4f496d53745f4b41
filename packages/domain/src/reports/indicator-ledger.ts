import { deriveRates } from '../indicators/derive-rates.js';
import { indicatorScaleOf } from '../indicators/indicator-kind.js';
import type { TaskRecord } from '../tasks/task.state.js';
import { taskStream } from '../tasks/task.stream.js';
import { describeViolation } from './build-annual-report.js';
import type { ReportLog } from './gather-report-facts.js';
import { figureViolations, ratesOf } from './indicator-rule-catalogue.js';
import type { IndicatorRuleCatalogue } from './indicator-rule-catalogue.js';

export interface IndicatorLedgerRow {
  listTitle: string;
  area: string;
  taskId: string;
  taskTitle: string;
  leadUnit: string;
  indicator: string;
  /** A counted figure, an amount with decimals, or a rate derived from two figures. */
  kind: 'COUNT' | 'AMOUNT' | 'RATE';
  /** The figure; for a rate, its percentage (91.2 for 91.2 %), null when it cannot be computed. */
  value: number | null;
  /** Decimal places the figure is kept at (0 for a count). */
  scale: number;
  unitOfMeasure: string;
  target: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Broken rules the figure takes part in, in words; empty when it holds. */
  flags: string;
  /** When a unit last reported the figure, and every unit whose figure it sums. */
  reportedAt: string | null;
  reportedBy: string;
}

const issued = (log: ReportLog, taskListId: string | null): { listTitle: string; task: TaskRecord }[] =>
  log.lists
    .filter((list) => list.issued && (taskListId === null || list.listId === taskListId))
    .flatMap((list) =>
      list.taskIds.flatMap((taskId) => {
        const state = log.tasks.get(taskStream(taskId))?.state;
        return state && state.status !== 'NONE' && state.status !== 'DRAFT' && state.status !== 'REMOVED'
          ? [{ listTitle: list.title, task: state }]
          : [];
      }),
    );

/**
 * 指标数据台账: one row per reported figure of every issued task (and per rate derived from them),
 * with its unit of measure, scale, target, the rules it breaks and the report that last stated it.
 */
export const buildIndicatorLedger = (
  log: ReportLog,
  options: { taskListId: string | null; catalogue: IndicatorRuleCatalogue },
): IndicatorLedgerRow[] =>
  issued(log, options.taskListId).flatMap(({ listTitle, task }) => {
    const track = log.tasks.get(taskStream(task.taskId));
    const unitOf = (id: string) =>
      task.indicators.indicators.find((def) => def.id === id)?.unitOfMeasure ?? '';
    const violations = figureViolations(task.indicators, task.figures, options.catalogue);
    const flagsOf = (id: string) =>
      violations
        .filter((violation) =>
          [violation.indicatorId, ...violation.parts.map((part) => part.indicatorId)].includes(id),
        )
        .map((violation) => describeViolation(violation, unitOf))
        .join('；');
    const common = {
      listTitle,
      area: task.area,
      taskId: task.taskId,
      taskTitle: task.title,
      leadUnit: log.unitName(task.leadUnitId),
    };
    const counted: IndicatorLedgerRow[] = task.indicators.indicators.flatMap((def) => {
      const value = task.figures[def.id];
      if (value === undefined) return [];
      // Each contributing unit's latest report: the figure sums them (ADR 0009).
      const sources = Object.values(track?.figureSources[def.id] ?? {});
      const latest = sources.reduce<(typeof sources)[number] | null>(
        (found, source) =>
          !found || Date.parse(source.recordedAt) > Date.parse(found.recordedAt) ? source : found,
        null,
      );
      const scale = indicatorScaleOf(def);
      return [
        {
          ...common,
          indicator: def.name,
          kind: scale === 0 ? 'COUNT' : 'AMOUNT',
          value,
          scale,
          unitOfMeasure: def.unitOfMeasure,
          target: def.target ?? null,
          numerator: null,
          denominator: null,
          flags: flagsOf(def.id),
          reportedAt: latest?.recordedAt ?? null,
          reportedBy: [
            ...new Set(
              sources.flatMap((source) => (source.actor?.unitId ? [log.unitName(source.actor.unitId)] : [])),
            ),
          ].join('、'),
        },
      ];
    });
    const definitions = {
      indicators: task.indicators.indicators,
      rates: ratesOf(task.indicators, options.catalogue),
    };
    const rates: IndicatorLedgerRow[] = deriveRates(definitions, task.figures).flatMap((rate) => {
      if (rate.numerator === null || rate.denominator === null) return [];
      const definition = definitions.rates.find((candidate) => candidate.id === rate.id)!;
      const flagged = [definition.numerator, definition.denominator].some((id) => flagsOf(id) !== '');
      return [
        {
          ...common,
          indicator: rate.name,
          kind: 'RATE',
          value: rate.percent,
          scale: 1,
          unitOfMeasure: '%',
          target: null,
          numerator: rate.numerator,
          denominator: rate.denominator,
          flags: flagged ? `${rate.name}由待核实数据计算` : '',
          reportedAt: null,
          reportedBy: '',
        },
      ];
    });
    return [...counted, ...rates];
  });
