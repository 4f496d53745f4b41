import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Figure } from '../../tasks/graphql/figure.object.js';

@ObjectType({
  description:
    'Figures that break a consistency rule of the indicator definitions; flagged, never printed as fact.',
})
export class IndicatorViolationObject {
  @Field({ description: 'PART_EXCEEDS_WHOLE or PARTS_DO_NOT_SUM_TO_WHOLE.' })
  rule!: string;

  @Field(() => ID)
  indicatorId!: string;

  @Field()
  indicatorName!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => [Figure])
  parts!: Figure[];

  @Field()
  message!: string;
}
