import { Field, ID, InputType } from '@nestjs/graphql';

/** 申请转办 by the lead unit. */
@InputType()
export class RequestHandoffInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => ID)
  toUnitId!: string;

  @Field()
  reason!: string;
}
