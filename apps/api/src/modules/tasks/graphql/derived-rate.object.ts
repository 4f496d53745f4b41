import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A rate derived from two figures (never reported directly).' })
export class DerivedRateObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Float, { nullable: true })
  numerator!: number | null;

  @Field(() => Float, { nullable: true })
  denominator!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'To one decimal; null when a figure is missing or the base is zero.',
  })
  percent!: number | null;
}
