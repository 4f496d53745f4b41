import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProgressFigures } from './progress-figures.object.js';

@ObjectType({ description: "One unit's progress on a task list." })
export class UnitProgress extends ProgressFigures {
  @Field(() => ID)
  unitId!: string;

  @Field()
  unitName!: string;

  @Field({ description: 'DEPARTMENT or TOWNSHIP.' })
  unitKind!: string;
}
