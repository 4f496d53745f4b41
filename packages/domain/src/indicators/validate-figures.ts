import { validation } from '../shared/domain-error.js';
import type { IndicatorFigures, IndicatorSet } from './indicator.types.js';

const PERCENT_UNIT = '%';

/**
 * Checks the shape of reported figures: every key a counted indicator of the task (rates are derived,
 * so reporting one is refused), every value a non-negative finite number, percentages at most 100.
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
    if (typeof figure !== 'number' || !Number.isFinite(figure) || figure < 0) {
      throw validation('VALIDATION', `figures.${id}: must be a non-negative number`, {
        field: `figures.${id}`,
        value: figure,
      });
    }
    if (def.unitOfMeasure === PERCENT_UNIT && figure > 100) {
      throw validation('VALIDATION', `figures.${id}: a percentage cannot exceed 100`, {
        field: `figures.${id}`,
        value: figure,
      });
    }
    figures[id] = figure;
  }
  return figures;
};
