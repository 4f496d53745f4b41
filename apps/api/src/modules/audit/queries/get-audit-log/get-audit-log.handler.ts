import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { validation } from '@duban/domain';
import type { Checkpoint, EventStore, ReadAllEvent } from '@duban/event-store';
import { START, checkpointCodec, compareCheckpoints } from '@duban/event-store';
import { APP_CONFIG } from '../../../../core/config/config.token.js';
import type { AppConfig } from '../../../../core/config/app-config.js';
import { EVENT_STORE } from '../../../../core/event-store/event-store.token.js';
import { UsersDirectory } from '../../../accounts/directory/users-directory.js';
import { assertMayReadAuditLog } from '../../audit-log.access.js';
import { summarizeEventData } from '../../summary/summarize-event-data.js';
import type { AuditEntry, AuditLogPage } from './audit-entry.js';
import type { AuditLogFilter } from './audit-log-filter.js';
import { GetAuditLogQuery } from './get-audit-log.query.js';

export const DEFAULT_AUDIT_PAGE_SIZE = 50;
const READ_BATCH = 2000;
const CURSOR_PREFIX = 'audit:';

const occurredAt = (event: ReadAllEvent): Date =>
  new Date(typeof event.metadata?.recordedAt === 'string' ? event.metadata.recordedAt : event.recordedAt);

const encodeCursor = (checkpoint: Checkpoint): string =>
  Buffer.from(`${CURSOR_PREFIX}${checkpointCodec.format(checkpoint)}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): Checkpoint {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (text.startsWith(CURSOR_PREFIX)) {
    try {
      return checkpointCodec.parse(text.slice(CURSOR_PREFIX.length));
    } catch {
      // reported below
    }
  }
  throw validation('VALIDATION', 'page.after: not a cursor of the audit log', { field: 'page.after' });
}

/**
 * The audit log, newest first, read from the event log itself: every change is an event with its
 * actor, so nothing can be missing from it and nothing needs keeping in step. The whole log is read
 * in order (counting matches for `total`) while only the newest `first + 1` matches older than the
 * cursor are kept, so memory stays one page however long the log.
 */
@QueryHandler(GetAuditLogQuery)
export class GetAuditLogHandler implements IQueryHandler<GetAuditLogQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: UsersDirectory,
  ) {}

  async execute({ actor, filter, page }: GetAuditLogQuery): Promise<AuditLogPage> {
    assertMayReadAuditLog(actor);
    const limit = page.first ?? Math.min(DEFAULT_AUDIT_PAGE_SIZE, this.config.maxPageSize);
    if (!Number.isInteger(limit) || limit < 1) {
      throw validation('VALIDATION', 'page.first: must be a positive whole number', {
        field: 'page.first',
        value: limit,
      });
    }
    if (limit > this.config.maxPageSize) {
      throw validation('PAGE_TOO_LARGE', `page.first: at most ${this.config.maxPageSize} items per page`, {
        field: 'page.first',
        value: limit,
        max: this.config.maxPageSize,
      });
    }
    const before = page.after ? decodeCursor(page.after) : null;
    if (filter.from && filter.to && filter.from >= filter.to) {
      throw validation('VALIDATION', 'filter.to: must be later than filter.from', { field: 'filter.to' });
    }
    const matches = this.matcher(filter);

    let total = 0;
    const kept: ReadAllEvent[] = [];
    let after = START;
    for (;;) {
      const batch = await this.store.readAll({ after, limit: READ_BATCH });
      for (const event of batch) {
        if (!matches(event)) continue;
        total += 1;
        if (before && compareCheckpoints(event.checkpoint, before) >= 0) continue;
        kept.push(event);
        if (kept.length > limit + 1) kept.shift();
      }
      if (batch.length < READ_BATCH) break;
      after = batch[batch.length - 1]!.checkpoint;
    }

    const newestFirst = kept.reverse();
    const items = newestFirst.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((event) => this.entry(event)),
      nextCursor: newestFirst.length > limit && last ? encodeCursor(last.checkpoint) : null,
      total,
    };
  }

  private matcher(filter: AuditLogFilter): (event: ReadAllEvent) => boolean {
    const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : null;
    const from = filter.from?.getTime() ?? null;
    const to = filter.to?.getTime() ?? null;
    return (event) => {
      const who = event.metadata?.actor;
      if (filter.userId && who?.userId !== filter.userId) return false;
      if (filter.unitId && (who?.unitId ?? null) !== filter.unitId) return false;
      if (types && !types.has(event.type)) return false;
      if (from !== null || to !== null) {
        const at = occurredAt(event).getTime();
        if (from !== null && at < from) return false;
        if (to !== null && at >= to) return false;
      }
      return true;
    };
  }

  private entry(event: ReadAllEvent): AuditEntry {
    const who = event.metadata?.actor;
    const account = who?.userId ? this.directory.findById(who.userId) : undefined;
    const unitId = who?.unitId ?? null;
    return {
      eventId: event.id,
      type: event.type,
      streamId: event.streamId,
      occurredAt: occurredAt(event),
      actorUserId: who?.userId ?? 'unknown',
      actorRole: who?.role ?? 'unknown',
      actorUnitId: unitId,
      actorName: account?.displayName ?? null,
      actorUnitName: unitId ? (this.directory.unitName(unitId) ?? null) : null,
      correlationId: typeof event.metadata?.correlationId === 'string' ? event.metadata.correlationId : null,
      summary: summarizeEventData(event.data),
    };
  }
}
