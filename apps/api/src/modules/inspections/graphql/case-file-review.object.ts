import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "One unit's case-file review (案卷评查) result." })
export class CaseFileReview {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Int)
  filesSampled!: number;

  @Field(() => Int)
  filesWithIssues!: number;

  @Field()
  outcome!: string;

  @Field()
  recordedAt!: string;
}
