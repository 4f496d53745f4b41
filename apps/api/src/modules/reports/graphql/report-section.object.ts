import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A part (level 1) or sub-part (level 2) of the annual report.' })
export class ReportSection {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int)
  level!: number;

  @Field()
  heading!: string;

  @Field()
  text!: string;

  @Field(() => [ID], { description: 'Global ids of the figures the generated text states.' })
  figureIds!: string[];

  @Field({ description: 'The office has rewritten the text since the draft was generated.' })
  edited!: boolean;
}
