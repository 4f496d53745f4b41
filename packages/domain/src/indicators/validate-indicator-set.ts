import { validation } from '../shared/domain-error.js';
import { TEXT_LIMITS, requireText } from '../shared/validation.js';
import type { IndicatorDefinition, IndicatorSet, RateDefinition } from './indicator.types.js';

const UNIT_OF_MEASURE_MAX = 10;

const invalid = (message: string, details: Record<string, unknown>) =>
  validation('INDICATOR_DEFINITION_INVALID', message, details);

const optionalTarget = (field: string, value: unknown): number | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalid(`${field}: a target must be a non-negative number`, { field, value });
  }
  return value;
};

/**
 * Checks and normalises the indicator definitions of a task: unique ids, known references, no part
 * that is its own whole (directly or through a chain), and rates over counted indicators only.
 */
export const validateIndicatorSet = (value: unknown): IndicatorSet => {
  if (value === undefined || value === null) return { indicators: [], rates: [] };
  if (typeof value !== 'object') throw invalid('indicators: must be an object', { value });
  const raw = value as { indicators?: unknown; rates?: unknown };
  const rawIndicators = raw.indicators ?? [];
  const rawRates = raw.rates ?? [];
  if (!Array.isArray(rawIndicators)) throw invalid('indicators.indicators: must be a list', { value });
  if (!Array.isArray(rawRates)) throw invalid('indicators.rates: must be a list', { value });

  const indicators = rawIndicators.map((item: unknown, index): IndicatorDefinition => {
    const at = `indicators.indicators[${index}]`;
    if (typeof item !== 'object' || item === null) throw invalid(`${at}: must be an object`, { field: at });
    const def = item as Record<string, unknown>;
    const sumOf = def.sumOf;
    if (sumOf !== undefined && sumOf !== null && !Array.isArray(sumOf)) {
      throw invalid(`${at}.sumOf: must be a list of indicator ids`, { field: `${at}.sumOf`, value: sumOf });
    }
    return {
      id: requireText(`${at}.id`, def.id, TEXT_LIMITS.id),
      name: requireText(`${at}.name`, def.name, TEXT_LIMITS.name),
      unitOfMeasure: requireText(`${at}.unitOfMeasure`, def.unitOfMeasure, UNIT_OF_MEASURE_MAX),
      target: optionalTarget(`${at}.target`, def.target),
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
      if (!byId.has(def.partOf)) {
        throw invalid(`${def.id} is part of an unknown indicator ${def.partOf}`, {
          indicatorId: def.id,
          partOf: def.partOf,
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
        if (!byId.has(part)) {
          throw invalid(`${def.id} sums an unknown indicator ${part}`, { indicatorId: def.id, part });
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
