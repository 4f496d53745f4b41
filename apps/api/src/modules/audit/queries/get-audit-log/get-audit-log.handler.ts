import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { validation } from '@duban/domain';
import type { Checkpoint, EventStore } from '@duban/event-store';
import { START, checkpointCodec } from '@duban/event-store';
import { APP_CONFIG } from '../../../../core/config/config.token.js';
import type { AppConfig } from '../../../../core/config/app-config.js';
import { EVENT_STORE } from '../../../../core/event-store/event-store.token.js';
import { ProjectionWaiter } from '../../../../core/projection/projection-waiter.js';
import { Projector } from '../../../../core/projection/projector.js';
import { READ_DATABASE } from '../../../../core/projection/read-database.js';
import type { ReadDatabase } from '../../../../core/projection/read-database.js';
import { ReadModelStaleError } from '../../../../core/projection/read-model-stale.error.js';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { UsersDirectory } from '../../../accounts/directory/users-directory.js';
import { assertMayReadAuditLog } from '../../audit-log.access.js';
import type { AuditLogRow } from '../../projections/audit-log-row.js';
import { AUDIT_LOG_PROJECTION } from '../../projections/audit-log.projection.js';
import type { AuditEntry, AuditLogPage } from './audit-entry.js';
import { GetAuditLogQuery } from './get-audit-log.query.js';
import { readAuditPage } from './read-audit-page.js';

export const DEFAULT_AUDIT_PAGE_SIZE = 50;
const CURSOR_PREFIX = 'audit:';
/** Events read at a time while finding where the log ends. */
const HEAD_PAGE = 1000;
/** Further behind than this, the question is answered STALE at once rather than after reading the backlog. */
const MAX_BEHIND = 10 * HEAD_PAGE;

const encodeCursor = (row: AuditLogRow): string =>
  Buffer.from(
    `${CURSOR_PREFIX}${checkpointCodec.format({
      transactionId: BigInt(row.transactionId),
      globalPosition: BigInt(row.globalPosition),
    })}`,
    'utf8',
  ).toString('base64url');

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
 * The audit log, newest first, from the `audit-log` projection: every change is an event with its
 * actor, and the projection keeps a row of every event, so nothing can be missing from it. Like the
 * in-memory index it replaces, an answer includes everything committed before the question: the
 * query first waits (as mutations do, up to DUBAN_READ_WAIT_MS, else STALE) until the projection has
 * reached the end of the log as it stood when asked. Matches are counted over the whole log for `total`.
 */
@QueryHandler(GetAuditLogQuery)
export class GetAuditLogHandler implements IQueryHandler<GetAuditLogQuery> {
  constructor(
    private readonly tables: ReadTables,
    private readonly projector: Projector,
    private readonly waiter: ProjectionWaiter,
    @Inject(READ_DATABASE) private readonly db: ReadDatabase,
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

    await this.upToNow();
    const { rows, total } = await readAuditPage(this.tables, filter, before, limit);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((row) => this.entry(row)),
      nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
      total,
    };
  }

  /** Waits until the projection holds every event committed before now. */
  private async upToNow(): Promise<void> {
    const started = Date.now();
    try {
      await this.waiter.waitFor(await this.endOfLog(), { projections: [AUDIT_LOG_PROJECTION] });
    } catch (error) {
      if (!(error instanceof ReadModelStaleError)) throw error;
      throw new ReadModelStaleError(
        error.checkpoint,
        Date.now() - started,
        [AUDIT_LOG_PROJECTION],
        'The audit log has not caught up with the latest changes yet; ask again shortly',
      );
    }
  }

  /**
   * The checkpoint of the last event in the log now, or null when the projection already has it:
   * read forward from the projection's checkpoint, so it costs a few rows when the projection keeps
   * up. A projection far behind (a rebuild in progress) is reported STALE without reading on.
   */
  private async endOfLog(): Promise<Checkpoint | null> {
    const row = await this.projector.checkpoints.get(this.db.sql, AUDIT_LOG_PROJECTION);
    let after = row?.checkpoint ?? START;
    let end: Checkpoint | null = null;
    for (let read = 0; ;) {
      const batch = await this.store.readAll({ after, limit: HEAD_PAGE });
      if (batch.length > 0) end = after = batch[batch.length - 1]!.checkpoint;
      if (batch.length < HEAD_PAGE) return end;
      read += batch.length;
      if (read >= MAX_BEHIND) {
        throw new ReadModelStaleError(checkpointCodec.format(after), 0, [AUDIT_LOG_PROJECTION]);
      }
    }
  }

  private entry(row: AuditLogRow): AuditEntry {
    const account = this.directory.findById(row.actorUserId);
    const unitId = row.actorUnitId;
    return {
      eventId: row.eventId,
      type: row.type,
      streamId: row.streamId,
      occurredAt: new Date(row.occurredAt),
      actorUserId: row.actorUserId,
      actorRole: row.actorRole,
      actorUnitId: unitId,
      actorName: account?.displayName ?? null,
      actorUnitName: unitId ? (this.directory.unitName(unitId) ?? null) : null,
      correlationId: row.correlationId,
      summary: row.summary,
    };
  }
}
