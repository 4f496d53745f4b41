import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { IndicatorKind } from '@duban/domain';
import { IndicatorKindEnum } from './indicator-kind.enum.js';

@ObjectType({ description: 'An indicator (指标) of a task: a figure units report, a count or an amount.' })
export class IndicatorDefinitionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  unitOfMeasure!: string;

  @Field(() => IndicatorKindEnum, {
    description:
      'COUNT (a whole number) or AMOUNT (decimals up to `scale`); inferred from the unit for indicators defined before kinds.',
  })
  kind!: IndicatorKind;

  @Field(() => Int, {
    description: 'Decimal places a figure keeps: 0 for a count, the declared scale (0 to 4) for an amount.',
  })
  scale!: number;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => String, { nullable: true, description: 'The indicator this one is a part of.' })
  partOf!: string | null;

  @Field(() => [String], { description: 'Parts that add up to this indicator.' })
  sumOf!: string[];
}
