import type { IndicatorKind } from './indicator-kind.js';

/**
 * Units of measure seen in the district's reports; the field stays a string so new ones need no code.
 * A percentage is not among them: it is a rate, derived from two indicators.
 */
export const COMMON_UNITS_OF_MEASURE = [
  '件',
  '次',
  '人',
  '家次',
  '万元',
  '起',
  '份',
  '条',
  '项',
  '场',
  '张',
  '人次',
] as const;

/**
 * An indicator (指标) units report figures of. `kind` says what a figure is: a COUNT is a whole number
 * (件, 人, 家次), an AMOUNT a number in its unit with at most `scale` decimals (1142.31 万元, scale 2).
 * Definitions recorded before kinds existed have neither field: `indicatorKindOf` and
 * `indicatorScaleOf` read them. `partOf` names the indicator this one is a part of (a part never
 * exceeds its whole); `sumOf` on a whole declares that the listed parts add up to it exactly.
 */
export interface IndicatorDefinition {
  id: string;
  name: string;
  unitOfMeasure: string;
  kind?: IndicatorKind | null;
  /** Decimal places of an amount (0–4); null for a count. */
  scale?: number | null;
  target?: number | null;
  partOf?: string | null;
  sumOf?: string[] | null;
}

/** A rate derived from two counted indicators, shown as a percentage; never reported directly. */
export interface RateDefinition {
  id: string;
  name: string;
  numerator: string;
  denominator: string;
}

export interface IndicatorSet {
  indicators: IndicatorDefinition[];
  rates: RateDefinition[];
}

/** Reported figures (counts and amounts), keyed by indicator id. */
export type IndicatorFigures = Record<string, number>;

/** A derived rate; `percent` is null when the denominator is zero or a figure is missing. */
export interface DerivedRate {
  id: string;
  name: string;
  numerator: number | null;
  denominator: number | null;
  percent: number | null;
}

export type IndicatorRule = 'PART_EXCEEDS_WHOLE' | 'PARTS_DO_NOT_SUM_TO_WHOLE';

/** One broken consistency rule, with the figures that break it. */
export interface IndicatorViolation {
  rule: IndicatorRule;
  /** The whole indicator. */
  indicatorId: string;
  indicatorName: string;
  value: number;
  /** The parts involved and their figures. */
  parts: { indicatorId: string; indicatorName: string; value: number }[];
  message: string;
}
