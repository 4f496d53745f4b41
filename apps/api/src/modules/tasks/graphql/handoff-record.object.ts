import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A handoff (转办) request and how it was decided.' })
export class HandoffRecord {
  @Field(() => ID)
  fromUnitId!: string;

  @Field(() => String, { nullable: true })
  fromUnitName!: string | null;

  @Field(() => ID)
  toUnitId!: string;

  @Field(() => String, { nullable: true })
  toUnitName!: string | null;

  @Field()
  reason!: string;

  @Field()
  requestedAt!: string;

  @Field({ description: 'PENDING, APPROVED or REJECTED.' })
  outcome!: string;

  @Field(() => String, { nullable: true })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: "The approval's comment or the rejection's reason." })
  decisionNote!: string | null;
}
