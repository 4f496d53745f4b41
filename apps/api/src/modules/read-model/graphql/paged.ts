import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

/** A page type for `T`: `{ items, nextCursor, total }`. */
export function Paged<T>(
  item: Type<T>,
  name: string,
): Type<{ items: T[]; nextCursor: string | null; total: number }> {
  @ObjectType(name, { description: `A page of ${item.name} items.` })
  class Page {
    @Field(() => [item])
    items!: T[];

    @Field(() => String, {
      nullable: true,
      description: 'Pass as `page.after` for the next page; null on the last one.',
    })
    nextCursor!: string | null;

    @Field(() => Int, { description: 'Items matching the filter, over all pages.' })
    total!: number;
  }
  return Page;
}
