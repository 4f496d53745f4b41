import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FindingSeverity } from '@duban/domain';
import { FindingSeverityEnum } from './finding-severity.enum.js';

@ObjectType('NoticeFinding', { description: 'One finding as a notice states it, at the time it was issued.' })
export class NoticeFindingObject {
  @Field(() => ID)
  findingId!: string;

  @Field()
  description!: string;

  @Field(() => FindingSeverityEnum)
  severity!: FindingSeverity;

  @Field()
  category!: string;

  @Field({ description: 'Calendar date YYYY-MM-DD: the rectification deadline stated in the notice.' })
  rectificationDeadline!: string;

  @Field({ description: 'The finding’s status when the notice was issued.' })
  status!: string;

  @Field({ description: '挂牌督办 when the notice was issued.' })
  escalated!: boolean;
}

@ObjectType('NoticeUnit', { description: 'A unit a notice is addressed to, with its findings.' })
export class NoticeUnitObject {
  @Field(() => ID)
  unitId!: string;

  @Field({ description: 'The unit’s name when the notice was issued.' })
  unitName!: string;

  @Field(() => [NoticeFindingObject])
  findings!: NoticeFindingObject[];
}

@ObjectType('InspectionNotice', {
  description:
    'A notice (通报) issued for an inspection: who issued it, when, to which units, about which findings.',
})
export class InspectionNoticeObject {
  @Field(() => ID)
  noticeId!: string;

  @Field()
  title!: string;

  @Field()
  issuedAt!: string;

  @Field(() => ID, { nullable: true, description: 'The account that issued it.' })
  issuedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Its display name, when the account is known.' })
  issuedByName!: string | null;

  @Field(() => [NoticeUnitObject], { description: 'The units it names, each with its findings.' })
  units!: NoticeUnitObject[];

  @Field(() => Int)
  findingCount!: number;

  @Field({ description: 'GET this path (with the bearer token) for the notice as Markdown.' })
  markdownPath!: string;
}
