import { Field, ID, InputType } from '@nestjs/graphql';
import { IndicatorSetInput } from './indicator-set.input.js';

/** Drafts a task into a drafted list. */
@InputType()
export class AddTaskInput {
  @Field(() => ID)
  listId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'A UUID the client chose for the new task, so the add can be sent again safely: the same id with ' +
      'the same content finishes an add cut short or answers with the task already added; the same id ' +
      'with other content, or the id of a task of another list, is refused with TASK_ID_IN_USE. ' +
      'Left out, the server picks one (and a retry adds a second task).',
  })
  taskId?: string | null;

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
