import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ReturnRectificationInput {
  @Field(() => ID)
  findingId!: string;

  @Field()
  reason!: string;
}
