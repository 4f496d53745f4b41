import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { TrafficLight } from '@duban/domain';
import { TrafficLightEnum } from '../../tasks/graphql/traffic-light.enum.js';

@ObjectType({ description: 'Progress figures of a unit, an area or the district, for one task list.' })
export class ProgressFigures {
  @Field(() => Int, { description: 'Tasks led now (for an area or the district: its tasks).' })
  tasksLed!: number;

  @Field(() => Int, { description: 'Tasks cooperated on (配合).' })
  tasksCooperated!: number;

  @Field(() => Int, { description: 'Of those, acknowledged (签收) in the present role.' })
  acknowledged!: number;

  @Field(() => Int, { description: 'Led tasks in progress (including a pending handoff).' })
  inProgress!: number;

  @Field(() => Int)
  awaitingReview!: number;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int, { description: 'Led open tasks past their deadline at the time asked.' })
  overdue!: number;

  @Field(() => Float, { nullable: true, description: 'completed / tasksLed, percent to one decimal.' })
  completionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Completed on time / completed.' })
  onTimeRate!: number | null;

  @Field(() => Int, { description: 'Approved handoffs to this unit.' })
  handoffsIn!: number;

  @Field(() => Int, { description: 'Approved handoffs away from this unit.' })
  handoffsOut!: number;

  @Field(() => Int, { description: 'Findings not yet closed (销号).' })
  findingsOpen!: number;

  @Field(() => Int, { description: 'Of the open findings, those being rectified or awaiting verification.' })
  findingsRectifying!: number;

  @Field(() => Int)
  findingsClosed!: number;

  @Field(() => Int)
  findingsOverdue!: number;

  @Field(() => Float, { nullable: true, description: 'Closed findings / all findings.' })
  rectificationRate!: number | null;

  @Field(() => String, { nullable: true })
  lastReportAt!: string | null;

  @Field(() => TrafficLightEnum, {
    description: 'The worst light of the led open tasks; RED also for an overdue finding.',
  })
  trafficLight!: TrafficLight;
}
