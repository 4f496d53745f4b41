import { Args, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { GetAuditLogQuery } from '../queries/get-audit-log/get-audit-log.query.js';
import { AuditLogFilterInput } from './audit-log-filter.input.js';
import { AuditLogPageInput } from './audit-log-page.input.js';
import { AuditLogPage } from './audit-log-page.object.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => AuditLogPage, {
    description: 'Who did what, newest first. For the district office and the system administrator.',
  })
  auditLog(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => AuditLogFilterInput, nullable: true }) filter?: AuditLogFilterInput | null,
    @Args('page', { type: () => AuditLogPageInput, nullable: true }) page?: AuditLogPageInput | null,
  ): Promise<AuditLogPage> {
    return this.queries.execute(new GetAuditLogQuery(actor, filter ?? {}, page ?? {}));
  }
}
