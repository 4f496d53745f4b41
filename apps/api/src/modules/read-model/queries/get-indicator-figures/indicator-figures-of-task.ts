import { checkFigures, deriveRates, sumUnitFigures } from '@duban/domain';
import type { IndicatorFigures, IndicatorSet, IndicatorViolation } from '@duban/domain';
import { toIndicatorDefinitionObject } from '../../../tasks/graphql/to-indicator-definition-object.js';
import type { TaskRow } from '../../../tasks/projections/task-row.js';
import type { FigureSet, TaskIndicatorFigures } from '../../graphql/indicator-figures.object.js';
import type { ReadView } from '../../read-view.js';

const figureSet = (definitions: IndicatorSet, figures: IndicatorFigures): FigureSet => ({
  figures: Object.entries(figures).map(([indicatorId, value]) => ({ indicatorId, value })),
  rates: deriveRates(definitions, figures),
  violations: checkFigures(definitions, figures).map((v: IndicatorViolation) => ({
    ...v,
    parts: v.parts.map((p) => ({ indicatorId: p.indicatorId, value: p.value })),
  })),
});

/**
 * One task's indicator figures: each unit's own, and the total by the domain's one definition (each
 * unit's latest figures summed exactly), with rates derived from the summed parts. Rule checks run on
 * every set shown, so an inconsistent figure is flagged wherever it would appear.
 */
export const indicatorFiguresOfTask = (task: TaskRow, view: ReadView): TaskIndicatorFigures => {
  const units = Object.values(task.units).filter((u) => Object.keys(u.figures).length > 0);
  const totals = sumUnitFigures(task.indicators, Object.fromEntries(units.map((u) => [u.unitId, u.figures])));
  return {
    taskId: task.taskId,
    title: task.title,
    area: task.area,
    indicators: task.indicators.indicators.map(toIndicatorDefinitionObject),
    units: units.map((u) => ({
      unitId: u.unitId,
      unitName: view.unitName(u.unitId),
      ...figureSet(task.indicators, u.figures),
    })),
    totals: figureSet(task.indicators, totals),
  };
};
