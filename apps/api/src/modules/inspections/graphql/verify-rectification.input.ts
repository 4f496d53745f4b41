import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class VerifyRectificationInput {
  @Field(() => ID)
  findingId!: string;

  @Field(() => String, { nullable: true })
  remarks?: string | null;
}
