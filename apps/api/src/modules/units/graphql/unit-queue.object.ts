import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Finding } from '../../findings/graphql/finding.object.js';
import { Task } from '../../tasks/graphql/task.object.js';

@ObjectType({ description: "A unit's work queue: what it has to do next." })
export class UnitQueue {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => [Task], { description: 'Tasks the unit has not acknowledged (签收) in its present role.' })
  toAcknowledge!: Task[];

  @Field(() => [Task], {
    description: 'Acknowledged open tasks it leads or cooperates on: progress to report.',
  })
  toReport!: Task[];

  @Field(() => [Task], { description: 'Led tasks review sent back (退回), being worked on again.' })
  returned!: Task[];

  @Field(() => [Task], {
    description: 'Led tasks waiting for the office: review, a handoff or an extension.',
  })
  awaitingDecision!: Task[];

  @Field(() => [Task], { description: 'Led tasks past their deadline.' })
  overdue!: Task[];

  @Field(() => [Finding], { description: 'Findings against the unit to plan or rectify.' })
  findingsToRectify!: Finding[];
}
