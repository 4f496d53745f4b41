import { checkFigures } from '../indicators/check-figures.js';
import type {
  IndicatorDefinition,
  IndicatorFigures,
  IndicatorSet,
  IndicatorViolation,
  RateDefinition,
} from '../indicators/indicator.types.js';

/**
 * District-wide indicator rules, written against indicator names because tasks are drafted by people
 * who may leave a rule off a task: the report applies the catalogue to every task whose indicators
 * carry the names, on top of the rules the task declares itself.
 */
export type IndicatorCatalogueRule =
  | { kind: 'PART_OF'; part: string; whole: string }
  | { kind: 'SUM_OF'; whole: string; parts: string[] }
  | { kind: 'RATE'; name: string; numerator: string; denominator: string };

export interface IndicatorRuleCatalogue {
  rules: IndicatorCatalogueRule[];
}

export const EMPTY_RULE_CATALOGUE: IndicatorRuleCatalogue = Object.freeze({ rules: [] });

/**
 * Names compare without blanks and without a leading 其中 ("of which"), which marks a part in prose
 * (其中联合部门检查事项) but does not change what is counted.
 */
export const normaliseIndicatorName = (name: string): string => name.replace(/\s+/g, '').replace(/^其中/, '');
const normalise = normaliseIndicatorName;

const indexByName = (set: IndicatorSet): Map<string, IndicatorDefinition> =>
  new Map(set.indicators.map((def) => [normalise(def.name), def]));

const violationKey = (violation: IndicatorViolation): string =>
  [violation.rule, violation.indicatorId, ...violation.parts.map((part) => part.indicatorId)].join('\u0000');

/**
 * Every broken rule for one task's figures: the task's own rules, the catalogue's rules that match its
 * indicator names, and the rule every rate implies (its numerator is a part of its denominator).
 */
export const figureViolations = (
  set: IndicatorSet,
  figures: IndicatorFigures,
  catalogue: IndicatorRuleCatalogue,
): IndicatorViolation[] => {
  const byName = indexByName(set);
  const extra: IndicatorSet[] = [];
  const bare = (def: IndicatorDefinition): IndicatorDefinition => ({ ...def, partOf: null, sumOf: null });
  for (const rule of catalogue.rules) {
    if (rule.kind === 'PART_OF') {
      const part = byName.get(normalise(rule.part));
      const whole = byName.get(normalise(rule.whole));
      if (part && whole && part.id !== whole.id) {
        extra.push({ indicators: [bare(whole), { ...bare(part), partOf: whole.id }], rates: [] });
      }
    } else if (rule.kind === 'SUM_OF') {
      const whole = byName.get(normalise(rule.whole));
      const parts = rule.parts.map((name) => byName.get(normalise(name)));
      if (whole && parts.every((part) => part !== undefined && part.id !== whole.id)) {
        const found = parts as IndicatorDefinition[];
        extra.push({
          indicators: [{ ...bare(whole), sumOf: found.map((part) => part.id) }, ...found.map(bare)],
          rates: [],
        });
      }
    }
  }
  for (const rate of ratesOf(set, catalogue)) {
    const numerator = set.indicators.find((def) => def.id === rate.numerator);
    const denominator = set.indicators.find((def) => def.id === rate.denominator);
    if (numerator && denominator && numerator.id !== denominator.id) {
      extra.push({
        indicators: [bare(denominator), { ...bare(numerator), partOf: denominator.id }],
        rates: [],
      });
    }
  }
  const seen = new Set<string>();
  const all: IndicatorViolation[] = [];
  for (const violation of [
    checkFigures(set, figures),
    ...extra.map((mini) => checkFigures(mini, figures)),
  ].flat()) {
    const key = violationKey(violation);
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(violation);
  }
  return all;
};

/**
 * The task's rates plus the catalogue's rates over its indicators; a catalogue rate over the same pair
 * as one the task declares is not added twice.
 */
export const ratesOf = (set: IndicatorSet, catalogue: IndicatorRuleCatalogue): RateDefinition[] => {
  const byName = indexByName(set);
  const rates = [...set.rates];
  const taken = new Set(set.indicators.map((def) => def.id).concat(rates.map((rate) => rate.id)));
  for (const rule of catalogue.rules) {
    if (rule.kind !== 'RATE') continue;
    const numerator = byName.get(normalise(rule.numerator));
    const denominator = byName.get(normalise(rule.denominator));
    if (!numerator || !denominator) continue;
    if (rates.some((rate) => rate.numerator === numerator.id && rate.denominator === denominator.id))
      continue;
    let id = `catalogue:${rule.name}`;
    while (taken.has(id)) id = `${id}'`;
    taken.add(id);
    rates.push({ id, name: rule.name, numerator: numerator.id, denominator: denominator.id });
  }
  return rates;
};
