import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AuditEntry } from './audit-entry.object.js';

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditLogPage {
  @Field(() => [AuditEntry])
  items!: AuditEntry[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `page.after` for the next (older) page; null on the last one.',
  })
  nextCursor!: string | null;

  @Field(() => Int, { description: 'Entries matching the filter, over all pages.' })
  total!: number;
}
