import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ReturnTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field()
  reason!: string;
}
