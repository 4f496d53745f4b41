import { Module } from '@nestjs/common';
import { IntegrityResolver } from './graphql/integrity.resolver.js';
import { DigestAnchorController } from './http/digest-anchor.controller.js';
import { LogDigestScheduler } from './log-digest.scheduler.js';
import { LogIntegrityService } from './log-integrity.service.js';

/** Tamper evidence of the event log: periodic digests, the printable anchor, and verification. */
@Module({
  controllers: [DigestAnchorController],
  providers: [LogIntegrityService, LogDigestScheduler, IntegrityResolver],
})
export class IntegrityModule {}
