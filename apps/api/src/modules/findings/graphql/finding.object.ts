import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FindingSeverity } from '@duban/domain';
import { FindingSeverityEnum } from '../../inspections/graphql/finding-severity.enum.js';

@ObjectType({ description: 'A finding (问题) of an inspection and its rectification (整改).' })
export class Finding {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  inspectionId!: string;

  @Field(() => String, { nullable: true })
  inspectionTitle!: string | null;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field()
  description!: string;

  @Field(() => FindingSeverityEnum)
  severity!: FindingSeverity;

  @Field()
  category!: string;

  @Field(() => ID, { nullable: true })
  taskId!: string | null;

  @Field({ description: 'LOGGED, NOTIFIED, RECTIFYING, AWAITING_VERIFICATION or CLOSED.' })
  status!: string;

  @Field({ description: 'Calendar date YYYY-MM-DD: last day on which rectification is on time.' })
  rectificationDeadline!: string;

  @Field({ description: 'Not closed and past its deadline day, at the time asked.' })
  overdue!: boolean;

  @Field({ description: '挂牌督办' })
  escalated!: boolean;

  @Field(() => String, { nullable: true })
  escalationReason!: string | null;

  @Field(() => String, { nullable: true })
  escalatedAt!: string | null;

  @Field()
  loggedAt!: string;

  @Field(() => String, { nullable: true })
  notifiedAt!: string | null;

  @Field(() => String, { nullable: true })
  plan!: string | null;

  @Field(() => [String])
  measures!: string[];

  @Field(() => String, { nullable: true })
  plannedCompletionDate!: string | null;

  @Field(() => Int)
  percent!: number;

  @Field(() => String, { nullable: true })
  lastReportAt!: string | null;

  @Field(() => String, { nullable: true })
  closureRequestedAt!: string | null;

  @Field(() => Int)
  returns!: number;

  @Field(() => String, { nullable: true })
  closedAt!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Closed on or before the deadline day; null until closed.',
  })
  onTime!: boolean | null;

  @Field(() => Int)
  evidenceCount!: number;

  @Field()
  updatedAt!: string;

  /** The time the object describes the finding at (for the timeline field); not in the schema. */
  asOf?: string | null;
}
