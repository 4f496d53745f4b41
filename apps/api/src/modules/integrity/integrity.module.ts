import { Module } from '@nestjs/common';
import { digestIntervalFrom } from './digest-interval.js';
import { IntegrityResolver } from './graphql/integrity.resolver.js';
import { DigestAnchorController } from './http/digest-anchor.controller.js';
import { DIGEST_INTERVAL_MS, LogDigestScheduler } from './log-digest.scheduler.js';
import { LogIntegrityService } from './log-integrity.service.js';

/** Tamper evidence of the event log: periodic digests, the printable anchor, and verification. */
@Module({
  controllers: [DigestAnchorController],
  providers: [
    { provide: DIGEST_INTERVAL_MS, useFactory: () => digestIntervalFrom(process.env) },
    LogIntegrityService,
    LogDigestScheduler,
    IntegrityResolver,
  ],
})
export class IntegrityModule {}
