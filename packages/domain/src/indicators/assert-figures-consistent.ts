import { validation } from '../shared/domain-error.js';
import { checkFigures } from './check-figures.js';
import type { IndicatorFigures, IndicatorSet } from './indicator.types.js';

/** Refuses figures that break a declared rule, naming each rule and the figures that break it. */
export const assertFiguresConsistent = (definitions: IndicatorSet, figures: IndicatorFigures): void => {
  const violations = checkFigures(definitions, figures);
  if (violations.length === 0) return;
  throw validation(
    'INDICATOR_RULE_VIOLATED',
    violations.map((violation) => `${violation.rule}: ${violation.message}`).join('; '),
    { violations },
  );
};
