import { Field, ID, InputType } from '@nestjs/graphql';
import type { FindingSeverity } from '@duban/domain';
import { FindingSeverityEnum } from '../../inspections/graphql/finding-severity.enum.js';

@InputType({
  description: 'Which findings the rectification ledger (整改台账) lists; every given field narrows it.',
})
export class FindingFilterInput {
  @Field(() => ID, { nullable: true })
  inspectionId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'LOGGED, NOTIFIED, RECTIFYING, AWAITING_VERIFICATION, CLOSED.',
  })
  statuses?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only overdue (true) or only not overdue (false) findings, now.',
  })
  overdue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only escalated (挂牌督办) or only not escalated findings.',
  })
  escalated?: boolean | null;

  @Field(() => [FindingSeverityEnum], { nullable: true })
  severities?: FindingSeverity[] | null;
}
