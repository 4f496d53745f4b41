import { Field, ID, InputType } from '@nestjs/graphql';
import { IndicatorSetInput } from './indicator-set.input.js';

/** Drafts a task into a drafted list. */
@InputType()
export class AddTaskInput {
  @Field(() => ID)
  listId!: string;

  @Field({ description: "One of the list's areas." })
  area!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => ID, { description: '牵头单位' })
  leadUnitId!: string;

  @Field(() => [ID], { nullable: true, description: '配合单位' })
  cooperatingUnitIds?: string[] | null;

  @Field({ description: 'YYYY-MM-DD' })
  deadline!: string;

  @Field(() => IndicatorSetInput, { nullable: true })
  indicators?: IndicatorSetInput | null;
}
