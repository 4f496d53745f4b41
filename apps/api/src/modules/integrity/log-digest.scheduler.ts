import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@duban/domain';
import { APP_CONFIG } from '../../core/config/config.token.js';
import type { AppConfig } from '../../core/config/app-config.js';
import { LogIntegrityService } from './log-integrity.service.js';

/**
 * Records a digest of the log at start and then every DUBAN_DIGEST_INTERVAL_MS. The start digest
 * is awaited so it covers the log as this process found it before anyone writes; several instances
 * record at most one digest per change of the log (the digest stream's compare-and-set decides).
 */
@Injectable()
export class LogDigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LogDigest');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly intervalMs: number;

  constructor(
    private readonly integrity: LogIntegrityService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervalMs = config.digestIntervalMs;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.tick();
    if (this.intervalMs > 0) {
      this.timer = setInterval(() => void this.tick(), this.intervalMs);
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): Promise<void> {
    // A slow walk of a large log must not pile up timer runs.
    this.running ??= this.integrity
      .record(SYSTEM_ACTOR, { checked: false })
      .then(
        ({ recorded, digest }) => {
          if (recorded) this.logger.log(`digest #${digest.streamPosition} root ${digest.data.root}`);
        },
        (error: unknown) => this.logger.error('recording the log digest failed', error as Error),
      )
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
