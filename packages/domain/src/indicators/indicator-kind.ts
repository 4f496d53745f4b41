import type { IndicatorDefinition, IndicatorSet } from './indicator.types.js';

/** What an indicator counts: whole things (件, 家次, 人) or an amount in a unit with decimals (万元). */
export type IndicatorKind = 'COUNT' | 'AMOUNT';

/** Units of measure that name money: an indicator declared without a kind in one of them is an amount. */
const MONEY_UNITS = new Set(['元', '万元', '亿元']);

/** Decimal places an amount keeps when it is not declared (1142.31 万元). */
export const DEFAULT_AMOUNT_SCALE = 2;

/**
 * The kind of an indicator: as declared, or, for definitions recorded before kinds existed, an amount
 * when its unit names money and a count otherwise.
 */
export const indicatorKindOf = (
  definition: Pick<IndicatorDefinition, 'unitOfMeasure'> & { kind?: IndicatorKind | null },
): IndicatorKind => definition.kind ?? (MONEY_UNITS.has(definition.unitOfMeasure) ? 'AMOUNT' : 'COUNT');

/** Decimal places of an indicator's figures: 0 for a count, the declared scale (default 2) for an amount. */
export const indicatorScaleOf = (
  definition: Pick<IndicatorDefinition, 'unitOfMeasure'> & {
    kind?: IndicatorKind | null;
    scale?: number | null;
  },
): number => (indicatorKindOf(definition) === 'COUNT' ? 0 : (definition.scale ?? DEFAULT_AMOUNT_SCALE));

/**
 * The exact sum of figures kept at `scale` decimals: each value is taken as an integer number of the
 * scale's smallest steps, so 1142.31 + 0.1 + 0.2 is 1142.61 and never 1142.6100000000001.
 */
export const sumAtScale = (values: Iterable<number>, scale: number): number => {
  const factor = 10 ** scale;
  let steps = 0;
  for (const value of values) steps += Math.round(value * factor);
  return steps / factor;
};

/** The sum of several units' figures for one indicator, exact at the indicator's scale. */
export const sumIndicatorValues = (
  definition: Parameters<typeof indicatorScaleOf>[0],
  values: Iterable<number>,
): number => sumAtScale(values, indicatorScaleOf(definition));

/**
 * A set's definitions with their kind and scale spelled out, in the order `validateIndicatorSet`
 * records them: a definition recorded before kinds existed and the same definition checked today
 * then read the same, so resending it unchanged is no edit.
 */
export const indicatorSetWithKinds = (set: IndicatorSet): IndicatorSet => ({
  indicators: set.indicators.map((def) => {
    const kind = indicatorKindOf(def);
    return {
      id: def.id,
      name: def.name,
      unitOfMeasure: def.unitOfMeasure,
      kind,
      scale: kind === 'AMOUNT' ? indicatorScaleOf(def) : null,
      target: def.target ?? null,
      partOf: def.partOf ?? null,
      sumOf: def.sumOf ?? null,
    };
  }),
  rates: set.rates,
});
