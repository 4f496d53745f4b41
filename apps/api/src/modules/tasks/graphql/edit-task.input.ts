import { Field, ID, InputType } from '@nestjs/graphql';
import { IndicatorSetInput } from './indicator-set.input.js';

/** Only the fields given change; a drafted task only. */
@InputType()
export class EditTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => String, { nullable: true })
  area?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  leadUnitId?: string | null;

  @Field(() => [ID], { nullable: true })
  cooperatingUnitIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  deadline?: string | null;

  @Field(() => IndicatorSetInput, { nullable: true })
  indicators?: IndicatorSetInput | null;
}
