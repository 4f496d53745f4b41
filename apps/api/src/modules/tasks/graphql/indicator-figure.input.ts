import { Field, Float, ID, InputType } from '@nestjs/graphql';

/** One reported raw count (cumulative, replacing the unit's earlier figure for the indicator). */
@InputType()
export class IndicatorFigureInput {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => Float)
  value!: number;
}
