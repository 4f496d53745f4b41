import { Field, ObjectType } from '@nestjs/graphql';
import { ProgressFigures } from './progress-figures.object.js';

@ObjectType({ description: "An area's progress; its findings are those linked to the area's tasks." })
export class AreaProgress extends ProgressFigures {
  @Field()
  area!: string;
}
