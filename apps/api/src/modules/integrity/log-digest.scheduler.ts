import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@duban/domain';
import { APP_CONFIG } from '../../core/config/config.token.js';
import type { AppConfig } from '../../core/config/app-config.js';
import { LogWriteGate } from '../../core/event-store/log-write-gate.js';
import { LogIntegrityService } from './log-integrity.service.js';

/**
 * Checks the log before anything else may write (module init runs before every bootstrap hook,
 * where the first administrator and the demo seed are written), then records a signed digest at
 * start and every DUBAN_DIGEST_INTERVAL_MS when there were appends. On a broken log it records
 * nothing. Several instances record at most one digest per change of the log (the digest stream's
 * compare-and-set decides).
 */
@Injectable()
export class LogDigestScheduler implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LogDigest');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly intervalMs: number;

  constructor(
    private readonly integrity: LogIntegrityService,
    private readonly gate: LogWriteGate,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervalMs = config.digestIntervalMs;
  }

  async onModuleInit(): Promise<void> {
    await this.integrity.checkAtStart();
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
    if (this.gate.blocked) return Promise.resolve();
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
