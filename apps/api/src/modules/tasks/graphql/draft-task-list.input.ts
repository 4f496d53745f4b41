import { Field, InputType, Int } from '@nestjs/graphql';

/** A new task list (任务清单) in draft. */
@InputType()
export class DraftTaskListInput {
  @Field(() => Int)
  year!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: '文号; required before issuing.' })
  documentNumber?: string | null;

  @Field(() => [String], { description: 'The areas its tasks are grouped into, in order.' })
  areas!: string[];
}
