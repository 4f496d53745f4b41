import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AreaProgress } from './area-progress.object.js';
import { ProgressFigures } from './progress-figures.object.js';
import { UnitProgress } from './unit-progress.object.js';

@ObjectType({ description: 'Progress per department (and rolled up) for a task list, now or as of a time.' })
export class DepartmentProgress {
  @Field(() => ID)
  taskListId!: string;

  @Field(() => String, { nullable: true })
  area!: string | null;

  @Field({ description: 'The time the figures describe (now, or the as-of time).' })
  at!: string;

  @Field({ description: 'True when replayed from the log as of a past time.' })
  asOf!: boolean;

  @Field(() => [UnitProgress])
  units!: UnitProgress[];

  @Field(() => [AreaProgress])
  areas!: AreaProgress[];

  @Field(() => ProgressFigures, { description: 'The district: every task once.' })
  totals!: ProgressFigures;
}
