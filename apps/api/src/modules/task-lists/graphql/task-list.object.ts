import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A task list (任务清单) of a year.' })
export class TaskList {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: '文号' })
  documentNumber!: string | null;

  @Field(() => [String])
  areas!: string[];

  @Field({ description: 'DRAFT or ISSUED.' })
  status!: string;

  @Field(() => Int)
  taskCount!: number;

  @Field(() => [ID])
  taskIds!: string[];

  @Field()
  draftedAt!: string;

  @Field(() => String, { nullable: true })
  issuedAt!: string | null;
}
