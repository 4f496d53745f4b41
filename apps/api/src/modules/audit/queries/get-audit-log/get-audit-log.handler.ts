import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { validation } from '@duban/domain';
import type { Checkpoint } from '@duban/event-store';
import { checkpointCodec, compareCheckpoints } from '@duban/event-store';
import { APP_CONFIG } from '../../../../core/config/config.token.js';
import type { AppConfig } from '../../../../core/config/app-config.js';
import { UsersDirectory } from '../../../accounts/directory/users-directory.js';
import { assertMayReadAuditLog } from '../../audit-log.access.js';
import { AuditIndex } from '../../index/audit-index.js';
import type { IndexedEvent } from '../../index/audit-index.js';
import type { AuditEntry, AuditLogPage } from './audit-entry.js';
import type { AuditLogFilter } from './audit-log-filter.js';
import { GetAuditLogQuery } from './get-audit-log.query.js';

export const DEFAULT_AUDIT_PAGE_SIZE = 50;
const CURSOR_PREFIX = 'audit:';

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
 * The audit log, newest first, from the event log itself: every change is an event with its actor,
 * so nothing can be missing from it. The index is brought up to date first, then filtered from the
 * newest end; matches are counted over the whole log for `total`.
 */
@QueryHandler(GetAuditLogQuery)
export class GetAuditLogHandler implements IQueryHandler<GetAuditLogQuery> {
  constructor(
    private readonly index: AuditIndex,
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
    const matches = matcher(filter);

    const events = await this.index.upToDate();
    let total = 0;
    const found: IndexedEvent[] = [];
    for (let i = events.length - 1; i >= 0; i--) {
      const event = events[i]!;
      if (!matches(event)) continue;
      total += 1;
      if (found.length > limit) continue;
      if (before && compareCheckpoints(event.checkpoint, before) >= 0) continue;
      found.push(event);
    }

    const items = found.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((event) => this.entry(event)),
      nextCursor: found.length > limit && last ? encodeCursor(last.checkpoint) : null,
      total,
    };
  }

  private entry(event: IndexedEvent): AuditEntry {
    const account = this.directory.findById(event.actorUserId);
    const unitId = event.actorUnitId;
    return {
      eventId: event.eventId,
      type: event.type,
      streamId: event.streamId,
      occurredAt: new Date(event.occurredAtMs),
      actorUserId: event.actorUserId,
      actorRole: event.actorRole,
      actorUnitId: unitId,
      actorName: account?.displayName ?? null,
      actorUnitName: unitId ? (this.directory.unitName(unitId) ?? null) : null,
      correlationId: event.correlationId,
      summary: event.summary,
    };
  }
}

function matcher(filter: AuditLogFilter): (event: IndexedEvent) => boolean {
  const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : null;
  const from = filter.from?.getTime() ?? null;
  const to = filter.to?.getTime() ?? null;
  return (event) =>
    (!filter.userId || event.actorUserId === filter.userId) &&
    (!filter.unitId || event.actorUnitId === filter.unitId) &&
    (!types || types.has(event.type)) &&
    (from === null || event.occurredAtMs >= from) &&
    (to === null || event.occurredAtMs < to);
}
