import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "One unit's part in a task: its role, acknowledgement (签收) and progress." })
export class TaskUnit {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field({ description: 'LEAD, COOPERATING, or FORMER_LEAD for a lead the task was handed off from.' })
  role!: string;

  @Field()
  acknowledged!: boolean;

  @Field(() => String, { nullable: true })
  acknowledgedAt!: string | null;

  @Field(() => Int)
  percent!: number;

  @Field(() => String, { nullable: true })
  lastReportAt!: string | null;

  @Field(() => Int)
  reports!: number;
}
