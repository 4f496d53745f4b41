import { Field, ID, InputType } from '@nestjs/graphql';

/** 催办 by the office; automatic urges are sent by the system alone. */
@InputType()
export class UrgeTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field()
  message!: string;
}
