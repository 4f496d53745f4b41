import { validation } from '../shared/domain-error.js';
import type { DomainError } from '../shared/domain-error.js';
import { indicatorKindOf, indicatorScaleOf } from './indicator-kind.js';
import type { IndicatorDefinition } from './indicator.types.js';

/**
 * The limits of indicators and their figures. They are part of the rules, not of a deployment: a
 * district reports a few dozen indicators per task, and the bounds keep every sum exact.
 *
 * - A count is a whole number up to a thousand million (1e9): a district's total of ten thousand such
 *   figures is still an integer a double holds exactly (below 2^53 ≈ 9.007e15).
 * - An amount is at most ten thousand million (1e10) in its unit (元, 万元, 亿元) with at most
 *   `MAX_AMOUNT_SCALE` decimals, so a figure is at most 1e14 steps of its scale and sums of up to 90
 *   figures at the finest scale (9,000 at the usual two decimals) stay exact in `sumAtScale`.
 */
export const INDICATOR_LIMITS = {
  /** Indicators one task may define. */
  indicatorsPerTask: 50,
  /** Rates one task may define. */
  ratesPerTask: 20,
  /** Largest count (件, 人, 家次 …). */
  maxCount: 1_000_000_000,
  /** Largest amount, in the indicator's own unit. */
  maxAmount: 10_000_000_000,
  /** Most decimal places an amount may declare. */
  maxAmountScale: 4,
  /** Largest figure of an indicator recorded in percent before rates were the only way to state one. */
  maxPercent: 100,
} as const;

/** The unit of a percentage: a rate, derived from two indicators, never an indicator of its own. */
export const PERCENT_UNIT = '%';

/**
 * Decimal places of a number as it is written in its shortest form (1142.31 → 2, 5e-7 → 7): what the
 * person typed, since a JSON or GraphQL number reaches us as the double nearest to what was typed.
 */
export const decimalPlacesOf = (value: number): number => {
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
};

/** Why a value is not a figure of an indicator, or null when it is one. */
export type FigureProblem =
  | { code: 'FIGURE_NOT_A_NUMBER'; message: string }
  | { code: 'FIGURE_OUT_OF_RANGE'; message: string; min: number; max: number }
  | { code: 'FIGURE_NOT_INTEGER'; message: string }
  | { code: 'FIGURE_TOO_PRECISE'; message: string; scale: number };

/**
 * Checks one value against an indicator's kind and bounds: a count is a whole number from 0 to
 * `maxCount`; an amount a number from 0 to `maxAmount` with at most the indicator's scale of decimals.
 * Definitions recorded in percent keep their old bound of 100.
 */
export const figureProblemOf = (
  definition: Pick<IndicatorDefinition, 'unitOfMeasure' | 'kind' | 'scale'>,
  value: unknown,
): FigureProblem | null => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { code: 'FIGURE_NOT_A_NUMBER', message: 'must be a finite number' };
  }
  const kind = indicatorKindOf(definition);
  const max =
    definition.unitOfMeasure === PERCENT_UNIT
      ? INDICATOR_LIMITS.maxPercent
      : kind === 'COUNT'
        ? INDICATOR_LIMITS.maxCount
        : INDICATOR_LIMITS.maxAmount;
  if (value < 0 || value > max) {
    return { code: 'FIGURE_OUT_OF_RANGE', message: `must be between 0 and ${max}`, min: 0, max };
  }
  if (kind === 'COUNT' && definition.unitOfMeasure !== PERCENT_UNIT && !Number.isInteger(value)) {
    return { code: 'FIGURE_NOT_INTEGER', message: 'a count must be a whole number' };
  }
  const scale = indicatorScaleOf(definition);
  if (kind === 'AMOUNT' && decimalPlacesOf(value) > scale) {
    return { code: 'FIGURE_TOO_PRECISE', message: `an amount keeps at most ${scale} decimals`, scale };
  }
  return null;
};

/** The refusal of a reported figure: the problem's code, naming the indicator. */
export const figureError = (
  definition: Pick<IndicatorDefinition, 'id' | 'name'>,
  problem: FigureProblem,
  value: unknown,
): DomainError => {
  const { code, message, ...bounds } = problem;
  return validation(code, `${definition.name} (${definition.id}): ${message}`, {
    indicatorId: definition.id,
    indicatorName: definition.name,
    field: `figures.${definition.id}`,
    value,
    ...bounds,
  });
};
