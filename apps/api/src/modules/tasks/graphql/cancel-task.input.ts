import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CancelTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field()
  reason!: string;
}
