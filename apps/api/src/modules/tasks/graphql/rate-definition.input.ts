import { Field, ID, InputType } from '@nestjs/graphql';

/** A rate derived as numerator / denominator of two counted indicators. */
@InputType()
export class RateDefinitionInput {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID)
  numerator!: string;

  @Field(() => ID)
  denominator!: string;
}
