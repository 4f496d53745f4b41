import { validation } from '../shared/domain-error.js';
import { TEXT_LIMITS, requireText } from '../shared/validation.js';
import { INDICATOR_LIMITS, PERCENT_UNIT, figureProblemOf } from './indicator-bounds.js';
import { DEFAULT_AMOUNT_SCALE, indicatorKindOf } from './indicator-kind.js';
import type { IndicatorKind } from './indicator-kind.js';
import type { IndicatorDefinition, IndicatorSet, RateDefinition } from './indicator.types.js';

const UNIT_OF_MEASURE_MAX = 10;
const KINDS: readonly IndicatorKind[] = ['COUNT', 'AMOUNT'];

const invalid = (message: string, details: Record<string, unknown>) =>
  validation('INDICATOR_DEFINITION_INVALID', message, details);

const optionalKind = (field: string, value: unknown): IndicatorKind | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && (KINDS as readonly string[]).includes(value))
    return value as IndicatorKind;
  throw invalid(`${field}: must be COUNT or AMOUNT`, { field, value });
};

/** An amount's decimal places: 0 to `maxAmountScale`, two when left out; a count has none. */
const scaleFor = (field: string, kind: IndicatorKind, value: unknown): number | null => {
  const absent = value === undefined || value === null;
  if (kind === 'COUNT') {
    if (absent || value === 0) return null;
    throw invalid(`${field}: a count is a whole number and has no decimals`, { field, value });
  }
  if (absent) return DEFAULT_AMOUNT_SCALE;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > INDICATOR_LIMITS.maxAmountScale
  ) {
    throw invalid(`${field}: an amount keeps 0 to ${INDICATOR_LIMITS.maxAmountScale} decimals`, {
      field,
      value,
    });
  }
  return value;
};

/** A target obeys the bounds of the indicator's figures: a count's is a whole number, and so on. */
const optionalTarget = (
  field: string,
  definition: Pick<IndicatorDefinition, 'unitOfMeasure' | 'kind' | 'scale'>,
  value: unknown,
): number | null => {
  if (value === undefined || value === null) return null;
  const problem = figureProblemOf(definition, value);
  if (problem) {
    throw invalid(`${field}: a target ${problem.message}`, { field, value, problem: problem.code });
  }
  return value as number;
};

const atMost = (field: string, list: unknown[], max: number, code: string) => {
  if (list.length > max) {
    throw validation(code, `${field}: a task defines at most ${max}, not ${list.length}`, {
      field,
      count: list.length,
      max,
    });
  }
};

/**
 * Checks and normalises the indicator definitions of a task: at most `INDICATOR_LIMITS` indicators and
 * rates, each indicator with its kind (as declared, or inferred from its unit) and an amount's scale,
 * no percentage (a rate, derived), a target within the figure bounds, unique ids, known references,
 * parts of the same kind as their whole and never their own whole (directly or through a chain), and
 * rates over the task's indicators only.
 */
export const validateIndicatorSet = (value: unknown): IndicatorSet => {
  if (value === undefined || value === null) return { indicators: [], rates: [] };
  if (typeof value !== 'object') throw invalid('indicators: must be an object', { value });
  const raw = value as { indicators?: unknown; rates?: unknown };
  const rawIndicators = raw.indicators ?? [];
  const rawRates = raw.rates ?? [];
  if (!Array.isArray(rawIndicators)) throw invalid('indicators.indicators: must be a list', { value });
  if (!Array.isArray(rawRates)) throw invalid('indicators.rates: must be a list', { value });
  atMost('indicators.indicators', rawIndicators, INDICATOR_LIMITS.indicatorsPerTask, 'TOO_MANY_INDICATORS');
  atMost('indicators.rates', rawRates, INDICATOR_LIMITS.ratesPerTask, 'TOO_MANY_RATES');

  const indicators = rawIndicators.map((item: unknown, index): IndicatorDefinition => {
    const at = `indicators.indicators[${index}]`;
    if (typeof item !== 'object' || item === null) throw invalid(`${at}: must be an object`, { field: at });
    const def = item as Record<string, unknown>;
    const sumOf = def.sumOf;
    if (sumOf !== undefined && sumOf !== null && !Array.isArray(sumOf)) {
      throw invalid(`${at}.sumOf: must be a list of indicator ids`, { field: `${at}.sumOf`, value: sumOf });
    }
    const id = requireText(`${at}.id`, def.id, TEXT_LIMITS.id);
    const name = requireText(`${at}.name`, def.name, TEXT_LIMITS.name);
    const unitOfMeasure = requireText(`${at}.unitOfMeasure`, def.unitOfMeasure, UNIT_OF_MEASURE_MAX);
    if (unitOfMeasure === PERCENT_UNIT) {
      throw invalid(
        `${name} (${id}): a percentage is a rate, derived from two indicators; declare it as a rate over its numerator and denominator`,
        { field: `${at}.unitOfMeasure`, indicatorId: id, value: unitOfMeasure },
      );
    }
    const kind = indicatorKindOf({ unitOfMeasure, kind: optionalKind(`${at}.kind`, def.kind) });
    const scale = scaleFor(`${at}.scale`, kind, def.scale);
    return {
      id,
      name,
      unitOfMeasure,
      kind,
      scale,
      target: optionalTarget(`${at}.target`, { unitOfMeasure, kind, scale }, def.target),
      partOf:
        def.partOf === undefined || def.partOf === null
          ? null
          : requireText(`${at}.partOf`, def.partOf, TEXT_LIMITS.id),
      sumOf: Array.isArray(sumOf)
        ? sumOf.map((part, partIndex) => requireText(`${at}.sumOf[${partIndex}]`, part, TEXT_LIMITS.id))
        : null,
    };
  });
  const rates = rawRates.map((item: unknown, index): RateDefinition => {
    const at = `indicators.rates[${index}]`;
    if (typeof item !== 'object' || item === null) throw invalid(`${at}: must be an object`, { field: at });
    const def = item as Record<string, unknown>;
    return {
      id: requireText(`${at}.id`, def.id, TEXT_LIMITS.id),
      name: requireText(`${at}.name`, def.name, TEXT_LIMITS.name),
      numerator: requireText(`${at}.numerator`, def.numerator, TEXT_LIMITS.id),
      denominator: requireText(`${at}.denominator`, def.denominator, TEXT_LIMITS.id),
    };
  });

  const ids = [...indicators.map((def) => def.id), ...rates.map((def) => def.id)];
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined)
    throw invalid(`indicator id ${duplicate} is used twice`, { indicatorId: duplicate });

  const byId = new Map(indicators.map((def) => [def.id, def]));
  for (const def of indicators) {
    if (def.partOf !== null && def.partOf !== undefined) {
      if (def.partOf === def.id) throw invalid(`${def.id} cannot be part of itself`, { indicatorId: def.id });
      const whole = byId.get(def.partOf);
      if (!whole) {
        throw invalid(`${def.id} is part of an unknown indicator ${def.partOf}`, {
          indicatorId: def.id,
          partOf: def.partOf,
        });
      }
      if (whole.kind !== def.kind) {
        throw invalid(`${def.id} (${def.kind}) cannot be part of ${whole.id} (${whole.kind})`, {
          indicatorId: def.id,
          partOf: whole.id,
        });
      }
    }
    if (def.sumOf) {
      if (def.sumOf.length === 0) throw invalid(`${def.id} sums no parts`, { indicatorId: def.id });
      if (new Set(def.sumOf).size !== def.sumOf.length) {
        throw invalid(`${def.id} lists a part twice`, { indicatorId: def.id, sumOf: def.sumOf });
      }
      for (const part of def.sumOf) {
        if (part === def.id) throw invalid(`${def.id} cannot sum itself`, { indicatorId: def.id });
        const member = byId.get(part);
        if (!member) {
          throw invalid(`${def.id} sums an unknown indicator ${part}`, { indicatorId: def.id, part });
        }
        if (member.kind !== def.kind) {
          throw invalid(`${def.id} (${def.kind}) cannot sum ${part} (${member.kind})`, {
            indicatorId: def.id,
            part,
          });
        }
      }
    }
  }
  for (const def of indicators) {
    const seen = new Set<string>([def.id]);
    let whole = def.partOf;
    while (whole !== null && whole !== undefined) {
      if (seen.has(whole))
        throw invalid(`${def.id} is part of itself through a chain`, { indicatorId: def.id });
      seen.add(whole);
      whole = byId.get(whole)?.partOf;
    }
  }
  for (const rate of rates) {
    for (const ref of [rate.numerator, rate.denominator]) {
      if (!byId.has(ref)) {
        throw invalid(`rate ${rate.id} refers to an unknown indicator ${ref}`, {
          rateId: rate.id,
          indicatorId: ref,
        });
      }
    }
  }
  return { indicators, rates };
};
