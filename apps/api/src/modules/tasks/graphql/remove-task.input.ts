import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RemoveTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}
