import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class RecordCaseFileReviewInput {
  @Field(() => ID)
  inspectionId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => Int)
  filesSampled!: number;

  @Field(() => Int)
  filesWithIssues!: number;

  @Field()
  outcome!: string;
}
