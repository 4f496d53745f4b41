import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RejectExtensionInput {
  @Field(() => ID)
  taskId!: string;

  @Field()
  reason!: string;
}
