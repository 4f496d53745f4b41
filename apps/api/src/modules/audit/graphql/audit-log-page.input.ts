import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A page of the audit log: up to `first` entries older than the cursor.' })
export class AuditLogPageInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Entries per page; at most DUBAN_MAX_PAGE_SIZE (default 50).',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '`nextCursor` of the previous page.' })
  after?: string | null;
}
