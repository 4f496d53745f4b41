import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class SubmitRectificationPlanInput {
  @Field(() => ID)
  findingId!: string;

  @Field()
  plan!: string;

  @Field(() => [String])
  measures!: string[];

  @Field({ description: 'YYYY-MM-DD; may lie after the deadline, which the finding then shows.' })
  plannedCompletionDate!: string;
}
