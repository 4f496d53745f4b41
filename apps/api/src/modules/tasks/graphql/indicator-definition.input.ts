import { Field, Float, ID, InputType } from '@nestjs/graphql';

/** A counted indicator (指标); `partOf` and `sumOf` declare the consistency rules its figures obey. */
@InputType()
export class IndicatorDefinitionInput {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: '件, 次, 人, 家次, 万元, % ...' })
  unitOfMeasure!: string;

  @Field(() => Float, { nullable: true })
  target?: number | null;

  @Field(() => ID, { nullable: true, description: 'The indicator this one is a part of (never exceeds it).' })
  partOf?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Parts that add up to this indicator exactly.' })
  sumOf?: string[] | null;
}
