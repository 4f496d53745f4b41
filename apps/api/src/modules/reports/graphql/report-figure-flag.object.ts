import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A broken indicator rule.' })
export class ReportFigureFlag {
  @Field({ description: 'PART_EXCEEDS_WHOLE, PARTS_DO_NOT_SUM_TO_WHOLE or DERIVED_FROM_FLAGGED.' })
  rule!: string;

  @Field()
  message!: string;

  @Field(() => [ID], { description: 'The other figures (global ids) the rule involves.' })
  relatedFigureIds!: string[];
}
