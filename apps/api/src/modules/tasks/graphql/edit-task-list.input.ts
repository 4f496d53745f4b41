import { Field, ID, InputType, Int } from '@nestjs/graphql';

/** Only the fields given change; a drafted list only. */
@InputType()
export class EditTaskListInput {
  @Field(() => ID)
  listId!: string;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  documentNumber?: string | null;

  @Field(() => [String], { nullable: true })
  areas?: string[] | null;
}
