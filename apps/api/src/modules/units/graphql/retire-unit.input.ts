import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RetireUnitInput {
  @Field(() => ID)
  unitId!: string;

  @Field()
  reason!: string;
}
