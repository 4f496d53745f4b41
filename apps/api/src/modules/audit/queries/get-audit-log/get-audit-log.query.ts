import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { AuditLogPage } from './audit-entry.js';
import type { AuditLogFilter } from './audit-log-filter.js';

export class GetAuditLogQuery extends Query<AuditLogPage> {
  constructor(
    readonly actor: Actor,
    readonly filter: AuditLogFilter,
    readonly page: { first?: number | null; after?: string | null },
  ) {
    super();
  }
}
