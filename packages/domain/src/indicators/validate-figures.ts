import { validation } from '../shared/domain-error.js';
import { figureError, figureProblemOf } from './indicator-bounds.js';
import type { IndicatorFigures, IndicatorSet } from './indicator.types.js';

/**
 * Checks reported figures: every key an indicator of the task (rates are derived, so reporting one is
 * refused), every value within its indicator's kind and bounds (`figureProblemOf`). A refusal names
 * the indicator in `details.indicatorId` under a code of its own (FIGURE_NOT_A_NUMBER,
 * FIGURE_OUT_OF_RANGE, FIGURE_NOT_INTEGER, FIGURE_TOO_PRECISE).
 */
export const validateFigures = (definitions: IndicatorSet, value: unknown): IndicatorFigures => {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw validation('VALIDATION', 'figures: must map indicator ids to numbers', { field: 'figures', value });
  }
  const byId = new Map(definitions.indicators.map((def) => [def.id, def]));
  const rateIds = new Set(definitions.rates.map((rate) => rate.id));
  const figures: IndicatorFigures = {};
  for (const [id, figure] of Object.entries(value as Record<string, unknown>)) {
    if (rateIds.has(id)) {
      throw validation('RATE_NOT_REPORTABLE', `${id} is a derived rate and cannot be reported`, {
        indicatorId: id,
      });
    }
    const def = byId.get(id);
    if (!def)
      throw validation('UNKNOWN_INDICATOR', `${id} is not an indicator of this task`, { indicatorId: id });
    const problem = figureProblemOf(def, figure);
    if (problem) throw figureError(def, problem, figure);
    figures[id] = figure as number;
  }
  return figures;
};
