import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RejectHandoffInput {
  @Field(() => ID)
  taskId!: string;

  @Field()
  reason!: string;
}
