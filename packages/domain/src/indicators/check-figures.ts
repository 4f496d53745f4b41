import type { IndicatorFigures, IndicatorSet, IndicatorViolation } from './indicator.types.js';

/** Reported amounts may carry decimals (万元), so sums are compared with a tolerance, not exactly. */
const sameAmount = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The consistency rules declared by the definitions, applied to the figures present: a part never
 * exceeds its whole (`partOf`, and every member of a `sumOf`), and declared parts add up to their
 * whole once the whole and all its parts are reported. Missing figures break no rule.
 */
export const checkFigures = (definitions: IndicatorSet, figures: IndicatorFigures): IndicatorViolation[] => {
  const byId = new Map(definitions.indicators.map((def) => [def.id, def]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const violations: IndicatorViolation[] = [];
  const checkedPairs = new Set<string>();

  const checkPart = (partId: string, wholeId: string) => {
    const key = `${partId}\u0000${wholeId}`;
    if (checkedPairs.has(key)) return;
    checkedPairs.add(key);
    const part = figures[partId];
    const whole = figures[wholeId];
    if (part === undefined || whole === undefined || part <= whole) return;
    violations.push({
      rule: 'PART_EXCEEDS_WHOLE',
      indicatorId: wholeId,
      indicatorName: nameOf(wholeId),
      value: whole,
      parts: [{ indicatorId: partId, indicatorName: nameOf(partId), value: part }],
      message: `${nameOf(partId)} (${part}) exceeds its whole ${nameOf(wholeId)} (${whole})`,
    });
  };

  for (const def of definitions.indicators) {
    if (def.partOf) checkPart(def.id, def.partOf);
    for (const part of def.sumOf ?? []) checkPart(part, def.id);
  }
  for (const def of definitions.indicators) {
    if (!def.sumOf || def.sumOf.length === 0) continue;
    const whole = figures[def.id];
    const parts = def.sumOf.map((id) => ({ indicatorId: id, indicatorName: nameOf(id), value: figures[id] }));
    if (whole === undefined || parts.some((part) => part.value === undefined)) continue;
    const reported = parts as { indicatorId: string; indicatorName: string; value: number }[];
    const total = reported.reduce((sum, part) => sum + part.value, 0);
    if (sameAmount(total, whole)) continue;
    violations.push({
      rule: 'PARTS_DO_NOT_SUM_TO_WHOLE',
      indicatorId: def.id,
      indicatorName: def.name,
      value: whole,
      parts: reported,
      message: `${def.name} (${whole}) is not the sum of ${reported
        .map((part) => `${part.indicatorName} (${part.value})`)
        .join(' + ')} = ${total}`,
    });
  }
  return violations;
};
