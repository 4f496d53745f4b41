import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class EscalateFindingInput {
  @Field(() => ID)
  findingId!: string;

  @Field()
  reason!: string;
}
