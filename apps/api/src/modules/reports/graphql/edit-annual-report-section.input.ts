import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class EditAnnualReportSectionInput {
  @Field(() => Int)
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Omit for the district report of the year.' })
  taskListId?: string | null;

  @Field(() => ID)
  sectionId!: string;

  @Field()
  text!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the editor was looking at; the edit is refused if the report has moved on.',
  })
  basedOnVersion?: number | null;
}
