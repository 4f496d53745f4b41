import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../core/config/config.token.js';
import type { AppConfig } from '../../core/config/app-config.js';
import { DIGEST_SIGNER, resolveDigestSigner } from './digest-key.js';
import { IntegrityResolver } from './graphql/integrity.resolver.js';
import { DigestAnchorController } from './http/digest-anchor.controller.js';
import { LogDigestScheduler } from './log-digest.scheduler.js';
import { LogIntegrityService } from './log-integrity.service.js';

/** Tamper evidence of the event log: signed digests, the digest file, the start check, and verification. */
@Module({
  controllers: [DigestAnchorController],
  providers: [
    {
      provide: DIGEST_SIGNER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => resolveDigestSigner(config),
    },
    LogIntegrityService,
    LogDigestScheduler,
    IntegrityResolver,
  ],
  exports: [LogIntegrityService],
})
export class IntegrityModule {}
