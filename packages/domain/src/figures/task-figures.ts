import { indicatorScaleOf, sumAtScale } from '../indicators/indicator-kind.js';
import type { IndicatorFigures, IndicatorSet } from '../indicators/indicator.types.js';
import type { FigureTask } from './figure-inputs.js';

/** Decimal places kept when summing a figure whose indicator is no longer defined on the task. */
const UNDECLARED_SCALE = 4;

/**
 * A task's figure per indicator: the sum over its units of each unit's own latest cumulative figure
 * (lead, cooperating units and former leads alike), exact at the indicator's scale. Rates are derived
 * from these sums, never from one unit's figures.
 */
export const sumUnitFigures = (
  indicators: IndicatorSet,
  figuresByUnit: Readonly<Record<string, IndicatorFigures>>,
): IndicatorFigures => {
  const values = new Map<string, number[]>();
  for (const figures of Object.values(figuresByUnit)) {
    for (const [indicatorId, value] of Object.entries(figures)) {
      const list = values.get(indicatorId);
      if (list) list.push(value);
      else values.set(indicatorId, [value]);
    }
  }
  const totals: IndicatorFigures = {};
  const declared = new Map(indicators.indicators.map((def) => [def.id, def]));
  // Declared indicators first, in their order; then any figure whose indicator was edited away.
  const ids = [
    ...indicators.indicators.map((def) => def.id).filter((id) => values.has(id)),
    ...[...values.keys()].filter((id) => !declared.has(id)),
  ];
  for (const id of ids) {
    const def = declared.get(id);
    totals[id] = sumAtScale(values.get(id)!, def ? indicatorScaleOf(def) : UNDECLARED_SCALE);
  }
  return totals;
};

/** The units that contributed a figure to an indicator, in the order of `figuresByUnit`. */
export const contributorsOf = (
  figuresByUnit: Readonly<Record<string, IndicatorFigures>>,
  indicatorId: string,
): string[] =>
  Object.entries(figuresByUnit)
    .filter(([, figures]) => figures[indicatorId] !== undefined)
    .map(([unitId]) => unitId);

/**
 * A unit's progress on a task as every screen shows it: its own latest reported percent, and 100 for
 * the lead of a completed task (acceptance closes the work whatever was last typed). A unit that
 * never reported shows 0, even when another unit reported before it (a new lead after a handoff).
 */
export const unitPercentOnTask = (
  task: Pick<FigureTask, 'status' | 'leadUnitId' | 'percentByUnit'>,
  unitId: string,
): number =>
  task.status === 'COMPLETED' && unitId === task.leadUnitId ? 100 : (task.percentByUnit[unitId] ?? 0);

/** The task's progress: its present lead's. */
export const leadPercentOf = (task: Pick<FigureTask, 'status' | 'leadUnitId' | 'percentByUnit'>): number =>
  unitPercentOnTask(task, task.leadUnitId);

/** The latest feedback on the task by any unit (progress report or completion request). */
export const lastFeedbackAtOf = (task: Pick<FigureTask, 'lastFeedbackAtByUnit'>): string | null => {
  let latest: string | null = null;
  for (const at of Object.values(task.lastFeedbackAtByUnit)) {
    if (latest === null || Date.parse(at) > Date.parse(latest)) latest = at;
  }
  return latest;
};
