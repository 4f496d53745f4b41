import { registerEnumType } from '@nestjs/graphql';
import type { IndicatorKind } from '@duban/domain';

/** The domain's indicator kinds as a GraphQL enum; the names are the values. */
export const IndicatorKindEnum: { [K in IndicatorKind]: K } = { COUNT: 'COUNT', AMOUNT: 'AMOUNT' };

registerEnumType(IndicatorKindEnum, {
  name: 'IndicatorKind',
  description:
    'COUNT: a whole number of things (件, 人, 家次), from 0 to 1,000,000,000. AMOUNT: a number in its unit ' +
    '(元, 万元) with at most `scale` decimals, from 0 to 10,000,000,000, summed exactly. A percentage is ' +
    'neither: it is a rate, derived from two indicators.',
});
