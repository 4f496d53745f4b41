import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TaskStatus, TrafficLight } from '@duban/domain';
import { DerivedRateObject } from './derived-rate.object.js';
import { ExtensionRecord } from './extension-record.object.js';
import { Figure } from './figure.object.js';
import { HandoffRecord } from './handoff-record.object.js';
import { IndicatorDefinitionObject } from './indicator-definition.object.js';
import { LeadTenure } from './lead-tenure.object.js';
import { TaskStatusEnum } from './task-status.enum.js';
import { TaskUnit } from './task-unit.object.js';
import { TrafficLightEnum } from './traffic-light.enum.js';
import { UrgeRecord } from './urge-record.object.js';

@ObjectType({ description: 'A supervised task (督办事项) as the read model shows it.' })
export class Task {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  listId!: string;

  @Field()
  area!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => TaskStatusEnum)
  status!: TaskStatus;

  @Field(() => ID)
  leadUnitId!: string;

  @Field(() => String, { nullable: true })
  leadUnitName!: string | null;

  @Field(() => [ID])
  cooperatingUnitIds!: string[];

  @Field(() => [TaskUnit], {
    description: 'The lead, the cooperating units and former leads, with what each did.',
  })
  units!: TaskUnit[];

  @Field({ description: 'Deadline in force, YYYY-MM-DD (ends at midnight district time).' })
  deadline!: string;

  @Field(() => String, { nullable: true, description: 'Deadline at assignment, before extensions.' })
  originalDeadline!: string | null;

  @Field({ description: 'Open and past its deadline at the time asked (or as of).' })
  overdue!: boolean;

  @Field(() => TrafficLightEnum, { nullable: true, description: 'Null for a task that is not open.' })
  trafficLight!: TrafficLight | null;

  @Field(() => Int, { description: "The present lead's own percent; 100 once completed." })
  percent!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The latest feedback by any unit (progress report or completion request).',
  })
  lastReportAt!: string | null;

  @Field(() => String, { nullable: true })
  assignedAt!: string | null;

  @Field(() => String, { nullable: true })
  completionRequestedAt!: string | null;

  @Field(() => String, { nullable: true })
  completedAt!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Completed within the deadline; null until completed.',
  })
  onTime!: boolean | null;

  @Field(() => Int, { description: 'Times review sent it back (退回).' })
  returns!: number;

  @Field(() => [LeadTenure])
  leads!: LeadTenure[];

  @Field(() => [HandoffRecord])
  handoffs!: HandoffRecord[];

  @Field(() => HandoffRecord, { nullable: true })
  pendingHandoff!: HandoffRecord | null;

  @Field(() => [ExtensionRecord])
  extensions!: ExtensionRecord[];

  @Field(() => ExtensionRecord, { nullable: true })
  pendingExtension!: ExtensionRecord | null;

  @Field(() => [UrgeRecord])
  urges!: UrgeRecord[];

  @Field(() => [IndicatorDefinitionObject])
  indicators!: IndicatorDefinitionObject[];

  @Field(() => [Figure], {
    description:
      "The task's figure per indicator: the sum over its units of each unit's own latest cumulative figure (each unit's part is in `units.figures`).",
  })
  figures!: Figure[];

  @Field(() => [DerivedRateObject], { description: "Rates derived from the task's summed figures." })
  rates!: DerivedRateObject[];

  @Field(() => String, { nullable: true })
  cancelledAt!: string | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field()
  updatedAt!: string;

  /** The time the object describes the task at (for the timeline field); not in the schema. */
  asOf?: string | null;
}
