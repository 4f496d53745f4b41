import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An indicator (指标) of a task: a counted figure units report.' })
export class IndicatorDefinitionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  unitOfMeasure!: string;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => String, { nullable: true, description: 'The indicator this one is a part of.' })
  partOf!: string | null;

  @Field(() => [String], { description: 'Parts that add up to this indicator.' })
  sumOf!: string[];
}
