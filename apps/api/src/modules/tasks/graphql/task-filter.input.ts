import { Field, ID, InputType } from '@nestjs/graphql';
import type { TaskStatus } from '@duban/domain';
import { TaskStatusEnum } from './task-status.enum.js';

@InputType({ description: 'Which tasks to list; every given field narrows the list.' })
export class TaskFilterInput {
  @Field(() => ID, { nullable: true })
  taskListId?: string | null;

  @Field(() => String, { nullable: true })
  area?: string | null;

  @Field(() => [TaskStatusEnum], { nullable: true })
  statuses?: TaskStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Tasks the unit leads or cooperates on.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  leadUnitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only overdue (true) or only not overdue (false) tasks, now.',
  })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the title.' })
  search?: string | null;
}
