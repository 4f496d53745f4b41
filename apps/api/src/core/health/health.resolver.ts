import { Inject, Logger } from '@nestjs/common';
import { Args, Int, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { EventStore } from '@duban/event-store';
import { Public } from '../auth/public.decorator.js';
import { Clock } from '../clock/clock.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { LogWriteGate } from '../event-store/log-write-gate.js';
import { API_VERSION } from '../version.js';
import { Health } from './health.object.js';
import { ticks } from './ticks.js';

/** Stream that never exists; reading its version proves the store answers without touching data. */
const PROBE_STREAM = '$health-probe';
const MIN_TICK_MS = 100;

@Resolver(() => Health)
export class HealthResolver {
  private readonly logger = new Logger('Health');
  private readonly startedAt: number;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly gate: LogWriteGate,
  ) {
    this.startedAt = clock.now().getTime();
  }

  @Public()
  @Query(() => Health)
  async health(): Promise<Health> {
    let status = 'ok';
    try {
      await this.store.streamVersion(PROBE_STREAM);
    } catch (error) {
      this.logger.warn(`event store probe failed: ${(error as Error).message}`);
      status = 'unavailable';
    }
    return {
      status,
      store: this.store.kind,
      version: API_VERSION,
      logIntegrity: this.gate.blocked ? 'broken' : 'ok',
      uptime: (this.clock.now().getTime() - this.startedAt) / 1000,
    };
  }

  /** The smallest live subscription: proves the WebSocket transport and its login end to end. */
  @Subscription(() => Date, { description: 'The server time, every `intervalMs` milliseconds.' })
  serverTime(
    @Args('intervalMs', { type: () => Int, defaultValue: 1000 }) intervalMs: number,
  ): AsyncGenerator<{ serverTime: Date }> {
    return ticks(Math.max(intervalMs, MIN_TICK_MS), () => ({ serverTime: this.clock.now() }));
  }
}
