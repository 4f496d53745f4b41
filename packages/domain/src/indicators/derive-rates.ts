import type { DerivedRate, IndicatorFigures, IndicatorSet } from './indicator.types.js';

/** Percentage rounded half-up to one decimal, the precision the annual report prints (91.2%). */
export const percentOf = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : Math.round((numerator * 1000) / denominator) / 10;

/** Every declared rate, computed from the figures; a rate lacking a figure or with a zero base has `percent: null`. */
export const deriveRates = (definitions: IndicatorSet, figures: IndicatorFigures): DerivedRate[] =>
  definitions.rates.map((rate) => {
    const numerator = figures[rate.numerator] ?? null;
    const denominator = figures[rate.denominator] ?? null;
    return {
      id: rate.id,
      name: rate.name,
      numerator,
      denominator,
      percent: numerator === null || denominator === null ? null : percentOf(numerator, denominator),
    };
  });
