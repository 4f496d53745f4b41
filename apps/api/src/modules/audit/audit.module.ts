import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditResolver } from './graphql/audit.resolver.js';
import { AuditIndex } from './index/audit-index.js';
import { GetAuditLogHandler } from './queries/get-audit-log/get-audit-log.handler.js';

/** The audit log: every recorded change with its actor, for those who supervise. */
@Module({
  imports: [AccountsModule],
  providers: [AuditIndex, GetAuditLogHandler, AuditResolver],
})
export class AuditModule {}
