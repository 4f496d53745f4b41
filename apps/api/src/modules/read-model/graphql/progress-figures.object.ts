import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { TrafficLight } from '@duban/domain';
import { TrafficLightEnum } from '../../tasks/graphql/traffic-light.enum.js';

/**
 * Every field means the same for a unit, an area and the district (the domain's `tallyProgress`).
 * "Sums" marks a field whose unit rows add up to the district's (and area rows too, for task fields).
 */
@ObjectType({
  description:
    'Progress figures of a unit, an area or the district, for one task list. Counted tasks are the issued ones (assigned, in progress, awaiting review, handoff pending, completed); drafts, removed and cancelled tasks count nowhere. Fields marked "sums" add up from units to the district, and task fields from areas to the district; rates are derived from summed parts.',
})
export class ProgressFigures {
  @Field(() => Int, {
    description:
      'Counted tasks led: a unit its tasks as present lead; an area or the district its tasks. Sums.',
  })
  tasksLed!: number;

  @Field(() => Int, {
    description:
      'Cooperations (配合): a task counted once per cooperating unit, so an area or the district counts a task with three cooperating units three times. Sums.',
  })
  tasksCooperated!: number;

  @Field(() => Int, {
    description: 'Of the tasks led, those the present lead has acknowledged (签收). Sums.',
  })
  acknowledged!: number;

  @Field(() => Int, {
    description: 'Of the cooperations, those the cooperating unit has acknowledged (签收). Sums.',
  })
  cooperationsAcknowledged!: number;

  @Field(() => Int, {
    description: 'Of the tasks led, those in progress, a pending handoff included. Sums.',
  })
  inProgress!: number;

  @Field(() => Int, { description: "Of the tasks led, those awaiting the office's review. Sums." })
  awaitingReview!: number;

  @Field(() => Int, { description: 'Of the tasks led, those completed (accepted). Sums.' })
  completed!: number;

  @Field(() => Int, { description: 'Of the completed tasks, those completed on time. Sums.' })
  completedOnTime!: number;

  @Field(() => Int, {
    description:
      'Of the tasks led, open ones past their deadline at the time asked (awaiting review: judged at the completion request). Sums.',
  })
  overdue!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'completed / tasksLed, percent to one decimal; null without tasks. Derived, not summed.',
  })
  completionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'completedOnTime / completed, percent to one decimal; null without completed tasks.',
  })
  onTimeRate!: number | null;

  @Field(() => Int, {
    description:
      'Approved handoffs of the list’s tasks into the unit (an area or the district: all of its tasks’). Sums.',
  })
  handoffsIn!: number;

  @Field(() => Int, {
    description:
      'Approved handoffs of the list’s tasks away from the unit (an area or the district: all). Sums.',
  })
  handoffsOut!: number;

  @Field(() => Int, {
    description:
      'Findings that count for the list: one linked to a task counts for that task’s list and area; one without a task link counts for the year its inspection’s period ends in, and for no area. Units sum to the district; an area counts only findings linked to its tasks.',
  })
  findings!: number;

  @Field(() => Int, {
    description: 'Of those findings, the ones not yet closed (销号). Sums as findings do.',
  })
  findingsOpen!: number;

  @Field(() => Int, {
    description: 'Of the open findings, those being rectified or awaiting verification. Sums as findings do.',
  })
  findingsRectifying!: number;

  @Field(() => Int, { description: 'Of those findings, the ones closed (销号). Sums as findings do.' })
  findingsClosed!: number;

  @Field(() => Int, {
    description: 'Open findings past their rectification deadline at the time asked. Sums as findings do.',
  })
  findingsOverdue!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'findingsClosed / findings, percent to one decimal; null without findings.',
  })
  rectificationRate!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Latest feedback on the list’s tasks (a progress report, or a completion request by the lead). The latest, not a sum.',
  })
  lastReportAt!: string | null;

  @Field(() => TrafficLightEnum, {
    description:
      'The worst light of the open tasks led; RED also for an overdue finding. The worst, not a sum.',
  })
  trafficLight!: TrafficLight;
}
