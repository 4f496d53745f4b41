import { INDICATOR_LIMITS, indicatorKindOf, indicatorScaleOf } from '@duban/domain';
import type { IndicatorKind } from '@duban/domain';

/** The parts of an indicator that say what its figures may be. */
export interface FigureIndicator {
  unitOfMeasure: string;
  kind?: IndicatorKind | null;
  scale?: number | null;
}

/**
 * The bounds an InputNumber for one of the indicator's figures keeps, the same the server checks:
 * a count is a whole number up to a thousand million, an amount has at most its scale of decimals.
 */
export function figureInputProps(indicator: FigureIndicator): {
  min: number;
  max: number;
  precision: number;
} {
  const kind = indicatorKindOf(indicator);
  return {
    min: 0,
    max: kind === 'COUNT' ? INDICATOR_LIMITS.maxCount : INDICATOR_LIMITS.maxAmount,
    precision: indicatorScaleOf(indicator),
  };
}
