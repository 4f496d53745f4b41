import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ApproveExtensionInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}
