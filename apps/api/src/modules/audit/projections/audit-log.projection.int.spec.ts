import { randomUUID } from 'node:crypto';
import { createPgliteEventStore } from '@duban/event-store';
import type { ReadAllEvent, SqlEventStore } from '@duban/event-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldInMemory } from '../../../core/projection/document-projection.js';
import { MemoryFoldStore } from '../../../core/projection/fold-store.js';
import type { ReadDatabase } from '../../../core/projection/read-database.js';
import { readSchemasFor } from '../../../core/projection/read-schemas.js';
import type { ReadTables } from '../../../core/projection/read-tables.js';
import { AsOfReplay } from '../../read-model/as-of-replay.js';
import { HistoryWriter } from '../../read-model/testing/history-writer.js';
import { dumpReadTables, readModelHarness } from '../../read-model/testing/read-model-harness.js';
import { writeFirstHalf, writeSecondHalf } from '../../read-model/testing/scripted-history.js';
import type { AuditLogFilter } from '../queries/get-audit-log/audit-log-filter.js';
import { readAuditPage } from '../queries/get-audit-log/read-audit-page.js';
import { summarizeEventData } from '../summary/summarize-event-data.js';
import type { AuditLogRow } from './audit-log-row.js';
import { auditLogProjection } from './audit-log.projection.js';
import { AUDIT_LOG_TABLE, AUDIT_ROW_SELECT, rowOfAuditTable } from './audit-log.table.js';
import type { AuditTableRow } from './audit-log.table.js';

/**
 * What the in-memory index that came before this projection kept of an event, written out again on
 * its own: the decision time (else the commit time), the actor or "unknown", the correlation id when
 * it is text, and the data summed up without secrets.
 */
interface OldIndexEntry {
  eventId: string;
  type: string;
  streamId: string;
  occurredAtMs: number;
  actorUserId: string;
  actorRole: string;
  actorUnitId: string | null;
  correlationId: string | null;
  summary: string;
}

const oldIndexEntry = (event: ReadAllEvent): OldIndexEntry => {
  const who = event.metadata?.actor;
  const decided = event.metadata?.recordedAt;
  return {
    eventId: event.id,
    type: event.type,
    streamId: event.streamId,
    occurredAtMs: Date.parse(typeof decided === 'string' ? decided : event.recordedAt),
    actorUserId: who?.userId ?? 'unknown',
    actorRole: who?.role ?? 'unknown',
    actorUnitId: who?.unitId ?? null,
    correlationId: typeof event.metadata?.correlationId === 'string' ? event.metadata.correlationId : null,
    summary: summarizeEventData(event.data),
  };
};

/**
 * The one deliberate difference: a decision time that is no time at all made the old index keep NaN
 * (so no time filter matched it, and showing it failed); the row takes the store's commit time.
 */
const expectedEntry = (event: ReadAllEvent): OldIndexEntry => {
  const entry = oldIndexEntry(event);
  return Number.isNaN(entry.occurredAtMs) ? { ...entry, occurredAtMs: Date.parse(event.recordedAt) } : entry;
};

/** The old query over that index: newest first, filtered, `total` over all matches. */
function oldAnswer(
  events: readonly ReadAllEvent[],
  filter: AuditLogFilter,
): { ids: string[]; total: number } {
  const types = filter.types?.length ? new Set(filter.types) : null;
  const from = filter.from?.getTime() ?? null;
  const to = filter.to?.getTime() ?? null;
  const ids = events
    .map(expectedEntry)
    .filter(
      (e) =>
        (!filter.userId || e.actorUserId === filter.userId) &&
        (!filter.unitId || e.actorUnitId === filter.unitId) &&
        (!types || types.has(e.type)) &&
        (from === null || e.occurredAtMs >= from) &&
        (to === null || e.occurredAtMs < to),
    )
    .map((e) => e.eventId)
    .reverse();
  return { ids, total: ids.length };
}

/** Every page of the projected table for `filter`, `size` rows at a time, following the cursor. */
async function pagedFromTable(
  tables: ReadTables,
  filter: AuditLogFilter,
  size: number,
): Promise<{ ids: string[]; totals: number[]; pages: number }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let before: { transactionId: bigint; globalPosition: bigint } | null = null;
  for (let pages = 1; pages < 200; pages++) {
    const { rows, total } = await readAuditPage(tables, filter, before, size);
    totals.push(total);
    const page = rows.slice(0, size);
    ids.push(...page.map((r) => r.eventId));
    if (rows.length <= size) return { ids, totals, pages };
    const last = page[page.length - 1]!;
    before = { transactionId: BigInt(last.transactionId), globalPosition: BigInt(last.globalPosition) };
  }
  throw new Error('the pages never ended');
}

describe('the audit-log projection', { timeout: 60_000 }, () => {
  let store: SqlEventStore;
  let db: ReadDatabase;
  let writer: HistoryWriter;

  beforeEach(async () => {
    store = createPgliteEventStore();
    await store.init();
    db = { sql: store.sql, schemas: readSchemasFor(null), lockUrl: null, close: async () => undefined };
    writer = new HistoryWriter(store);
  }, 60_000);
  afterEach(async () => {
    await store.close();
  });

  /** Events the scripted history does not have: no decision time, an odd one, an empty actor, secrets. */
  const writeOddEvents = async () => {
    await store.append(
      'user-u9',
      [
        {
          id: randomUUID(),
          type: 'UserRegistered',
          data: { userId: 'u9', username: 'nine', passwordHash: '$argon2id$v=19$secret', role: 'LEADER' },
          metadata: {
            actor: { userId: 'admin-1', role: 'SYSTEM_ADMIN', unitId: null },
            correlationId: 'corr-1',
            recordedAt: '2024-07-02T08:00:00.000Z',
          },
        },
        {
          id: randomUUID(),
          type: 'SessionStarted',
          data: { userId: 'u9', tokenHash: 'f'.repeat(64) },
          metadata: { actor: { userId: 'u9', role: 'LEADER', unitId: 'u2' } },
        },
      ],
      'no_stream',
    );
    await store.append(
      'user-u9',
      [
        {
          id: randomUUID(),
          type: 'UserLockedOut',
          data: { userId: 'u9', username: 'nine' },
          metadata: { actor: { userId: 'system', role: 'SYSTEM_ADMIN' }, recordedAt: 'not a time' },
        },
      ],
      1,
    );
    const { checkpoint } = await store.append(
      'user-u9',
      [
        {
          id: randomUUID(),
          type: 'UserUnlocked',
          data: { userId: 'u9' },
          // An actor without fields, as an import from elsewhere might bring.
          metadata: { actor: {}, correlationId: 42 } as never,
        },
      ],
      2,
    );
    writer.last = checkpoint;
  };

  const rowsInLogOrder = async (): Promise<AuditLogRow[]> =>
    (
      await db.sql.query<AuditTableRow>(
        `select ${AUDIT_ROW_SELECT} from "read"."${AUDIT_LOG_TABLE.name}" order by transaction_id::bigint, global_position::bigint`,
      )
    ).rows.map(rowOfAuditTable);

  it('keeps one row per event, in log order, with what the old in-memory index showed', async () => {
    const { projector, waiter } = readModelHarness(store, db, { specs: [auditLogProjection] });
    await projector.start();
    await writeFirstHalf(writer);
    await writeSecondHalf(writer);
    await writeOddEvents();
    await waiter.waitFor(writer.last);

    const events = await store.readAll({ limit: 10_000 });
    const rows = await rowsInLogOrder();
    expect(rows).toHaveLength(events.length);
    expect(
      rows.map((r) => ({
        eventId: r.eventId,
        type: r.type,
        streamId: r.streamId,
        occurredAtMs: Date.parse(r.occurredAt),
        actorUserId: r.actorUserId,
        actorRole: r.actorRole,
        actorUnitId: r.actorUnitId,
        correlationId: r.correlationId,
        summary: r.summary,
      })),
    ).toEqual(events.map(expectedEntry));
    expect(events.map(oldIndexEntry).filter((e) => Number.isNaN(e.occurredAtMs))).toHaveLength(1);
    expect(rows.map((r) => `${r.transactionId}:${r.globalPosition}`)).toEqual(
      events.map((e) => `${e.checkpoint.transactionId}:${e.checkpoint.globalPosition}`),
    );

    const [registered, session, lockedOut, unlocked] = rows.slice(-4);
    expect(registered).toMatchObject({
      type: 'UserRegistered',
      streamId: 'user-u9',
      occurredAt: '2024-07-02T08:00:00.000Z',
      actorUserId: 'admin-1',
      actorRole: 'SYSTEM_ADMIN',
      actorUnitId: null,
      correlationId: 'corr-1',
      // The store keeps data as jsonb, which orders the fields its own way.
      summary: 'role=LEADER, userId=u9, username=nine',
    });
    expect(session).toMatchObject({ actorUserId: 'u9', actorUnitId: 'u2', summary: 'userId=u9' });
    expect(session!.occurredAt).toBe(new Date(events.at(-3)!.recordedAt).toISOString());
    expect(lockedOut).toMatchObject({ actorUserId: 'system', actorUnitId: null });
    expect(lockedOut!.occurredAt).toBe(new Date(events.at(-2)!.recordedAt).toISOString());
    expect(unlocked).toMatchObject({ actorUserId: 'unknown', actorRole: 'unknown', correlationId: null });
    const drafted = rows.find((r) => r.type === 'TaskDrafted' && r.streamId === 'task-t1')!;
    expect(drafted).toMatchObject({
      occurredAt: '2024-02-02T01:00:00.000Z',
      actorUserId: 'office-1',
      actorRole: 'DISTRICT_OFFICE',
    });
    for (const part of [
      'taskId=t1',
      'listId=list-2024',
      'area=依法决策',
      'title=任务 t1',
      'cooperatingUnitIds=[1]',
    ])
      expect(drafted.summary).toContain(part);
    await projector.stop();
  });

  it('builds the same rows batch by batch as a rebuild from the start of the log does', async () => {
    const { projector, waiter } = readModelHarness(store, db, { specs: [auditLogProjection], batchSize: 3 });
    await projector.start();
    await writeFirstHalf(writer);
    await waiter.waitFor(writer.last);
    await writeSecondHalf(writer);
    await writeOddEvents();
    await waiter.waitFor(writer.last);
    const incremental = await dumpReadTables(db);
    const indexes = async () =>
      (
        await db.sql.query<{ indexdef: string }>(
          `select indexdef from pg_indexes where schemaname = 'read' and tablename = $1 order by indexname`,
          [AUDIT_LOG_TABLE.name],
        )
      ).rows.map((r) => r.indexdef);
    const indexesBefore = await indexes();

    const rebuilt = await projector.rebuild();
    expect(rebuilt.events).toBe(writer.count + 4);
    expect(Object.keys(incremental)).toEqual(['audit_log']);
    expect(incremental.audit_log).toHaveLength(writer.count + 4);
    expect(await dumpReadTables(db)).toEqual(incremental);
    // The primary key and one index per filter, back after the rebuild loaded the rows without them.
    expect(indexesBefore).toHaveLength(6);
    expect(await indexes()).toEqual(indexesBefore);
    await projector.stop();
  });

  it('answers every filter and page exactly as the old index did, newest first', async () => {
    const { projector, waiter, tables } = readModelHarness(store, db, { specs: [auditLogProjection] });
    await projector.start();
    await writeFirstHalf(writer);
    await writeSecondHalf(writer);
    await writeOddEvents();
    await waiter.waitFor(writer.last);
    const events = await store.readAll({ limit: 10_000 });

    const filters: AuditLogFilter[] = [
      {},
      { userId: 'office-1' },
      { userId: 'officer-u2' },
      { unitId: 'u1' },
      { types: ['TaskDrafted', 'UnitRegistered'] },
      { types: ['NoSuchEvent'] },
      { from: new Date('2024-04-01T00:00:00+08:00') },
      { to: new Date('2024-02-02T09:00:00+08:00') },
      { from: new Date('2024-02-02T09:00:00+08:00'), to: new Date('2024-05-01T00:00:00+08:00') },
      { unitId: 'u2', types: ['TaskAcknowledged'], from: new Date('2024-01-01T00:00:00Z') },
      { from: new Date('-010000-01-01T00:00:00Z'), to: new Date('+020000-01-01T00:00:00Z') },
    ];
    for (const filter of filters) {
      const expected = oldAnswer(events, filter);
      for (const size of [1, 4, 50]) {
        const paged = await pagedFromTable(tables, filter, size);
        expect(paged.ids, JSON.stringify({ filter, size })).toEqual(expected.ids);
        expect(new Set(paged.totals)).toEqual(new Set([expected.total]));
        expect(paged.pages).toBe(Math.max(1, Math.ceil(expected.total / size)));
      }
    }
    expect(oldAnswer(events, { userId: 'office-1' }).total).toBeGreaterThan(10);
    expect(oldAnswer(events, { unitId: 'u1' }).total).toBeGreaterThan(0);
    await projector.stop();
  });

  it('is left out of as-of answers, which fold only the projections that hold figures', async () => {
    await writeFirstHalf(writer);
    const events = await store.readAll({ limit: 10_000 });
    // A replay that keeps no log rows (what as-of uses) builds nothing of it.
    const folded = foldInMemory([auditLogProjection], events, new MemoryFoldStore(false));
    expect(folded.rows(AUDIT_LOG_TABLE)).toEqual([]);
    await expect(new AsOfReplay(store).all(new Date(), [auditLogProjection])).rejects.toThrow(
      /audit-log: not a source of as-of answers/,
    );
  });
});
