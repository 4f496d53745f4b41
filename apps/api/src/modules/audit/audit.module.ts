import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditResolver } from './graphql/audit.resolver.js';
import { GetAuditLogHandler } from './queries/get-audit-log/get-audit-log.handler.js';

/**
 * The audit log: every recorded change with its actor, for those who supervise. Its rows are the
 * `audit-log` projection (registered with the others); the read model's services are global.
 */
@Module({
  imports: [AccountsModule],
  providers: [GetAuditLogHandler, AuditResolver],
})
export class AuditModule {}
