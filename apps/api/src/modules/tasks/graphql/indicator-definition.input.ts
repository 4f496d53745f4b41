import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { IndicatorKind } from '@duban/domain';
import { IndicatorKindEnum } from './indicator-kind.enum.js';

/**
 * An indicator (指标): its kind and bounds say what a figure may be; `partOf` and `sumOf` declare the
 * consistency rules its figures obey. A task defines at most 50 indicators (TOO_MANY_INDICATORS).
 */
@InputType()
export class IndicatorDefinitionInput {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: '件, 次, 人, 家次, 万元 ... A percentage is not a unit: declare a rate instead.' })
  unitOfMeasure!: string;

  @Field(() => IndicatorKindEnum, {
    nullable: true,
    description:
      'COUNT or AMOUNT; left out, an amount when the unit is 元, 万元 or 亿元 and a count otherwise.',
  })
  kind?: IndicatorKind | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Decimal places of an AMOUNT, 0 to 4 (2 when left out); a COUNT has none.',
  })
  scale?: number | null;

  @Field(() => Float, { nullable: true, description: 'Within the bounds of the indicator’s figures.' })
  target?: number | null;

  @Field(() => ID, { nullable: true, description: 'The indicator this one is a part of (never exceeds it).' })
  partOf?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Parts that add up to this indicator exactly.' })
  sumOf?: string[] | null;
}
