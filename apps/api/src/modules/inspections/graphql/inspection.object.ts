import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { InspectionKind } from '@duban/domain';
import { InspectionKindEnum } from './inspection-kind.enum.js';
import type { InspectionRow } from '../projections/inspection-row.js';
import { CaseFileReview } from './case-file-review.object.js';

@ObjectType({ description: 'An inspection (督察): rule-of-law, special, or case-file review.' })
export class Inspection {
  @Field(() => ID)
  id!: string;

  @Field(() => InspectionKindEnum)
  kind!: InspectionKind;

  @Field()
  title!: string;

  @Field(() => [ID])
  teamUserIds!: string[];

  @Field(() => [ID])
  targetUnitIds!: string[];

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field(() => Int, { nullable: true })
  filesSampled!: number | null;

  @Field(() => [CaseFileReview])
  caseFileReviews!: CaseFileReview[];

  @Field(() => Int)
  noticeCount!: number;

  @Field({ description: 'OPEN or CLOSED (fieldwork over; rectification goes on).' })
  status!: string;

  @Field()
  openedAt!: string;

  @Field(() => String, { nullable: true })
  closedAt!: string | null;

  @Field(() => String, { nullable: true })
  remarks!: string | null;

  /** The notices as the read model keeps them, for the `notices` field; not in the schema. */
  noticeRows?: InspectionRow['notices'];
}
