import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class StatusCount {
  @Field()
  status!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "One unit's findings in an inspection." })
export class UnitFindingCounts {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  closed!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int)
  escalated!: number;
}

@ObjectType({ description: "An inspection's findings by status and by unit, now." })
export class InspectionSummary {
  @Field(() => Int)
  findings!: number;

  @Field(() => [StatusCount])
  byStatus!: StatusCount[];

  @Field(() => [UnitFindingCounts])
  byUnit!: UnitFindingCounts[];
}
