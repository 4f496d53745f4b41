import { Field, ID, InputType } from '@nestjs/graphql';

/** 申请延期 by the lead unit. */
@InputType()
export class RequestExtensionInput {
  @Field(() => ID)
  taskId!: string;

  @Field({ description: 'YYYY-MM-DD, later than the current deadline.' })
  newDeadline!: string;

  @Field()
  reason!: string;
}
