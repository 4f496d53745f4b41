import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ApproveHandoffInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}
