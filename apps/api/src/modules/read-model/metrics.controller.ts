import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, HttpException, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { EventStore } from '@duban/event-store';
import { RequestContextFactory } from '../../core/auth/request-context.factory.js';
import { Clock } from '../../core/clock/clock.js';
import type { AppConfig } from '../../core/config/app-config.js';
import { APP_CONFIG } from '../../core/config/config.token.js';
import { EVENT_STORE } from '../../core/event-store/event-store.token.js';
import { LogWriteGate } from '../../core/event-store/log-write-gate.js';
import { Projector } from '../../core/projection/projector.js';
import { ReadResponseCache } from './response-cache/read-response-cache.js';

const label = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Prometheus text: how far behind each projection is. Operators scrape it; it holds no business data,
 * but it tells how busy the district is, so in server mode (or with DUBAN_PUBLIC_METRICS=false) it
 * answers only to the scraper's DUBAN_METRICS_TOKEN or a system administrator's access token.
 */
@Controller()
export class MetricsController {
  constructor(
    private readonly projector: Projector,
    private readonly clock: Clock,
    private readonly responses: ReadResponseCache,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contexts: RequestContextFactory,
    private readonly gate: LogWriteGate,
  ) {}

  @Get('metrics')
  async metrics(
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('authorization') authorization?: string,
  ): Promise<string> {
    await this.assertMayRead(authorization);
    // Set here rather than by decorator, so a refusal above is sent as JSON.
    void reply.header('content-type', 'text/plain; version=0.0.4; charset=utf-8');
    const statuses = await this.projector.status(this.clock.now());
    const lines = [
      '# HELP duban_projection_lag_events Events in the log not yet applied by the projection.',
      '# TYPE duban_projection_lag_events gauge',
      ...statuses.map((s) => `duban_projection_lag_events{projection="${label(s.name)}"} ${s.lagEvents}`),
      '# HELP duban_projection_lag_seconds Age of the oldest event not yet applied by the projection.',
      '# TYPE duban_projection_lag_seconds gauge',
      ...statuses.map((s) => `duban_projection_lag_seconds{projection="${label(s.name)}"} ${s.lagMs / 1000}`),
      '# HELP duban_projection_active Whether some instance runs the projection (1) or none does (0).',
      '# TYPE duban_projection_active gauge',
      ...statuses.map((s) => `duban_projection_active{projection="${label(s.name)}"} ${s.active ? 1 : 0}`),
      '# HELP duban_projection_rebuilding Whether a rebuild of the read model is in progress.',
      '# TYPE duban_projection_rebuilding gauge',
      `duban_projection_rebuilding ${statuses.some((s) => s.rebuilding) ? 1 : 0}`,
      '# HELP duban_read_cache_hits_total Read queries answered from the read response cache.',
      '# TYPE duban_read_cache_hits_total counter',
      `duban_read_cache_hits_total ${this.responses.hits}`,
      '# HELP duban_read_cache_misses_total Cacheable read queries that had to run.',
      '# TYPE duban_read_cache_misses_total counter',
      `duban_read_cache_misses_total ${this.responses.misses}`,
      ...this.groupCommitLines(),
      '# HELP duban_log_integrity_ok Whether the event log passed its integrity check at start (0: changes are refused until acknowledged).',
      '# TYPE duban_log_integrity_ok gauge',
      `duban_log_integrity_ok ${this.gate.blocked ? 0 : 1}`,
    ];
    return `${lines.join('\n')}\n`;
  }

  private async assertMayRead(authorization: string | undefined): Promise<void> {
    if (this.config.publicMetrics) return;
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
    if (bearer && this.config.metricsToken && sameSecret(bearer, this.config.metricsToken)) return;
    const { actor, rejectedToken } = await this.contexts.fromAuthorization(authorization);
    if (actor?.role === 'SYSTEM_ADMIN') return;
    throw actor
      ? new HttpException(
          {
            code: 'FORBIDDEN',
            reason: 'FORBIDDEN',
            message: 'Metrics are for the scraper and administrators',
          },
          403,
        )
      : new HttpException(
          {
            code: 'UNAUTHENTICATED',
            reason: rejectedToken ? 'TOKEN_INVALID' : 'UNAUTHENTICATED',
            message: 'Authentication required',
          },
          401,
        );
  }

  /** Group commit (ADR 0007) on the SQL stores: appends per call to the server is appends ÷ calls. */
  private groupCommitLines(): string[] {
    const stats = (this.store as { groupCommitStats?: { calls: number; appends: number } | null })
      .groupCommitStats;
    if (!stats) return [];
    return [
      '# HELP duban_event_store_append_calls_total Calls that sent appends to the event store database.',
      '# TYPE duban_event_store_append_calls_total counter',
      `duban_event_store_append_calls_total ${stats.calls}`,
      '# HELP duban_event_store_appends_total Appends those calls carried (several per call under group commit).',
      '# TYPE duban_event_store_appends_total counter',
      `duban_event_store_appends_total ${stats.appends}`,
    ];
  }
}
