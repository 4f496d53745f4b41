import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Figure } from './figure.object.js';

@ObjectType({ description: "One unit's part in a task: its role, acknowledgement (签收) and progress." })
export class TaskUnit {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field({ description: 'LEAD, COOPERATING, or FORMER_LEAD for a lead the task was handed off from.' })
  role!: string;

  @Field({ description: 'Acknowledged (签收) in its present role; a handoff asks both units again.' })
  acknowledged!: boolean;

  @Field(() => String, { nullable: true })
  acknowledgedAt!: string | null;

  @Field(() => Int, {
    description: "The unit's own latest reported percent; 100 for the lead of a completed task.",
  })
  percent!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Its latest feedback: a progress report, or a completion request while it led.',
  })
  lastReportAt!: string | null;

  @Field(() => Int, { description: 'Progress reports it made.' })
  reports!: number;

  @Field(() => [Figure], {
    description: "The unit's own latest cumulative figure per indicator; the task's figures sum these.",
  })
  figures!: Figure[];
}
