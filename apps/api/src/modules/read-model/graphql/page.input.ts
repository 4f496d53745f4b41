import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A page of a list: up to `first` items after the cursor of the previous page.' })
export class PageInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Items per page; at most DUBAN_MAX_PAGE_SIZE (default 50).',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '`nextCursor` of the previous page.' })
  after?: string | null;
}
