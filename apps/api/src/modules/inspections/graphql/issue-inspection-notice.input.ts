import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class IssueInspectionNoticeInput {
  @Field(() => ID)
  inspectionId!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to 关于…发现问题的通报.' })
  title?: string | null;
}
