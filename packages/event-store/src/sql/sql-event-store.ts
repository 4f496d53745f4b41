import { CatchUpSubscription } from '../core/catch-up-subscription.js';
import { validateAppend } from '../core/validate-append.js';
import { WakeSignal } from '../core/wake-signal.js';
import { ConcurrencyError, EventIdConflictError, HashMismatchError, InvalidEventError } from '../errors.js';
import { GENESIS_HASH, eventHash } from '../integrity/event-hash.js';
import { START } from '../types.js';
import type {
  AppendResult,
  Checkpoint,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../types.js';
import { encodeEvents, encodeGroup } from './event-tuples.js';
import type { EncodedAppend } from './event-tuples.js';
import { GroupCommitter } from './group-commit.js';
import type { GroupCommitOptions } from './group-commit.js';
import { mapDatabaseError } from './map-database-error.js';
import { MIGRATION_LOCK_CLASS, migrate } from './migrate.js';
import { quoteIdent } from './quote-ident.js';
import type { SqlExecutor, SqlQueryable } from './sql-executor.js';

export interface SqlEventStoreHooks {
  /** Called after every successful append (used to wake other processes). */
  afterAppend?(): void;
  /** Starts cross-process wake-ups for subscriptions (LISTEN on PostgreSQL). */
  startListening?(wake: WakeSignal): Promise<void> | void;
  /**
   * Runs a statement the driver keeps prepared on each connection under `name` (saves a parse per
   * call). Buffer parameters go in binary format, the others as text.
   */
  queryPrepared<T>(name: string, text: string, params: unknown[]): Promise<{ rows: T[] }>;
  /**
   * Runs a query whose rows come back as arrays in column order: for the event reads, where the
   * driver building an object per row cost about a tenth of the global read rate (measured).
   */
  queryArrays<T extends unknown[]>(text: string, params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
  /** Send appends that arrive while others run to the server together (ADR 0007). Off when absent. */
  groupCommit?: GroupCommitOptions | null;
}

/** An event store on PostgreSQL or PGlite: the port plus SQL access to the same database. */
export interface SqlEventStore extends EventStore {
  /** Schema holding `streams`, `events` and `schema_migrations`. */
  readonly schema: string;
  /** Queries and transactions on the store's database, for read tables and projector checkpoints. */
  readonly sql: SqlExecutor;
  /** Calls of the append functions and the appends they carried, when group commit is on (ADR 0007). */
  readonly groupCommitStats: { readonly calls: number; readonly appends: number } | null;
}

interface EventRow {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_position: string | number;
  event_id: string;
  type: string;
  data: unknown;
  metadata: RecordedEvent['metadata'];
  recorded_at: string;
  hash: string | null;
}

/** An EventRow as an array, in the order of the `columns` select list. */
type EventTuple = [
  globalPosition: string,
  transactionId: string,
  streamId: string,
  streamPosition: string | number,
  eventId: string,
  type: string,
  data: unknown,
  metadata: RecordedEvent['metadata'],
  recordedAt: string,
  hash: string | null,
];

interface PendingAppend extends EncodedAppend {
  eventCount: number;
}

interface AppendRow {
  status: 'ok' | 'duplicate' | 'conflict' | 'id_conflict' | 'retry';
  stream_version: string | null;
  transaction_id: string | null;
  global_position: string | null;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const UNIQUE_VIOLATION = '23505';

export function assertSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema)) {
    throw new InvalidEventError(
      `Schema name ${JSON.stringify(schema)} must be lower-case letters, digits and underscores`,
      'SCHEMA_NAME_INVALID',
    );
  }
}

/**
 * The PostgreSQL event store shared by the `pglite` and `postgres` adapters: they differ only in how
 * they connect and how subscribers are woken.
 */
export class SqlEventStoreCore implements SqlEventStore {
  readonly sql: SqlExecutor;
  private readonly s: string;
  private readonly wake = new WakeSignal();
  private readonly subscriptions = new Set<Subscription>();
  private listening: Promise<void> | null = null;
  private readonly committer: GroupCommitter<PendingAppend, AppendRow> | null;
  private readonly columns =
    // Qualified, because ORDER BY would otherwise sort by these text aliases instead of the columns.
    'e.global_position::text as global_position, e.transaction_id::text as transaction_id, e.stream_id, e.stream_position::text as stream_position, e.event_id::text as event_id, e.type, e.data, e.metadata, ' +
    // Formatted by the server: parsing a timestamptz into a Date and back costs more than the row.
    `to_char(e.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as recorded_at, encode(e.hash, 'hex') as hash`;

  constructor(
    readonly kind: string,
    readonly schema: string,
    sql: SqlExecutor,
    private readonly hooks: SqlEventStoreHooks,
    private readonly pollIntervalMs: number,
  ) {
    assertSchemaName(schema);
    this.s = quoteIdent(schema);
    this.sql = {
      query: async (text, params) => {
        try {
          return await sql.query(text, params);
        } catch (error) {
          throw mapDatabaseError(error);
        }
      },
      transaction: async (fn) => {
        try {
          return await sql.transaction(fn);
        } catch (error) {
          throw mapDatabaseError(error);
        }
      },
    };
    this.committer = hooks.groupCommit
      ? new GroupCommitter<PendingAppend, AppendRow>(
          hooks.groupCommit,
          (append) => this.appendOnce(append, 2),
          (appends) => this.appendGroup(appends),
        )
      : null;
  }

  get groupCommitStats(): { readonly calls: number; readonly appends: number } | null {
    return this.committer ? { ...this.committer.stats } : null;
  }

  async init(): Promise<void> {
    await migrate(this.sql, this.schema);
    await this.hashUnhashedEvents();
  }

  async append(
    streamId: string,
    events: NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    const expected = validateAppend(streamId, events, expectedVersion);
    const mode = typeof expected === 'number' ? 'exact' : expected;
    // The content digest needs canonical JSON, which only Node can produce; the chain step runs in
    // SQL. Each event goes as the canonical text its digest hashes (jsonb keeps no key order).
    const append: PendingAppend = {
      streamId,
      expected: typeof expected === 'number' ? expected : null,
      mode,
      events: encodeEvents(events),
      eventCount: events.length,
    };
    const row = this.committer ? await this.committer.submit(append) : await this.appendOnce(append, 2);
    if (row.status === 'conflict')
      throw new ConcurrencyError(streamId, expectedVersion, Number(row.stream_version));
    if (row.status === 'id_conflict') {
      throw new EventIdConflictError(
        streamId,
        events.map((event) => event.id),
      );
    }
    if (row.status === 'ok') {
      this.wake.notify();
      this.hooks.afterAppend?.();
    }
    const checkpoint: Checkpoint = {
      transactionId: BigInt(row.transaction_id!),
      globalPosition: BigInt(row.global_position!),
    };
    return {
      nextExpectedVersion: Number(row.stream_version),
      lastGlobalPosition: checkpoint.globalPosition,
      checkpoint,
    };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const rows = await this.queryEvents(
      `select ${this.columns} from ${this.s}.events e
        where e.stream_id = $1
          and e.stream_position >= $2
          and ($3::bigint is null or e.stream_position <= $3)
          and ($4::timestamptz is null or e.recorded_at <= $4)
        order by e.stream_position`,
      [streamId, options.fromVersion ?? 0, options.toVersion ?? null, options.asOf ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  async streamVersion(streamId: string): Promise<number> {
    const { rows } = await this.sql.query<{ version: string }>(
      `select version::text as version from ${this.s}.streams where stream_id = $1`,
      [streamId],
    );
    return rows[0] ? Number(rows[0].version) : -1;
  }

  /**
   * Only rows of transactions older than every transaction still running are returned, ordered by
   * (transaction_id, global_position): a slower transaction that commits later can then never land
   * behind a checkpoint a reader has already passed.
   */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllEvent[]> {
    const after = options.after ?? START;
    const limit = options.limit ?? 1000;
    if (!Number.isSafeInteger(limit) || limit < 1) {
      throw new InvalidEventError(`readAll limit ${limit} must be a positive integer`, 'LIMIT_INVALID');
    }
    const rows = await this.queryEvents(
      `select ${this.columns} from ${this.s}.events e
        where (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
          and e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
          and ($4::timestamptz is null or e.recorded_at <= $4)
        order by e.transaction_id, e.global_position
        limit $3`,
      [after.transactionId.toString(), after.globalPosition.toString(), limit, options.asOf ?? null],
    );
    return rows.map((row) => {
      const event = toRecordedEvent(row) as ReadAllEvent;
      event.checkpoint = { transactionId: BigInt(row[1]), globalPosition: event.globalPosition };
      return event;
    });
  }

  subscribe(options: SubscribeOptions): Subscription {
    if (this.hooks.startListening && !this.listening) {
      this.listening = Promise.resolve(this.hooks.startListening(this.wake)).catch((error: unknown) => {
        // Polling still delivers everything; only the instant wake-up from other processes is lost.
        options.onError?.(error);
      });
    }
    const subscription = new CatchUpSubscription(
      { readAll: (o) => this.readAll(o), wake: this.wake, pollIntervalMs: this.pollIntervalMs },
      options,
    );
    this.subscriptions.add(subscription);
    const stop = subscription.stop.bind(subscription);
    subscription.stop = async () => {
      this.subscriptions.delete(subscription);
      await stop();
    };
    return subscription;
  }

  async restore(events: RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.sql.transaction(async (tx) => {
      const heads = await this.headsBefore(tx, events);
      const payload = JSON.stringify(
        events.map((event) => {
          const recordedAt = new Date(event.recordedAt).toISOString();
          const placed = { ...event, recordedAt };
          const hash = eventHash(heads.get(event.streamId) ?? GENESIS_HASH, placed);
          if (event.hash !== undefined && event.hash !== hash) {
            throw new HashMismatchError(event.streamId, event.streamPosition, hash, event.hash);
          }
          heads.set(event.streamId, hash);
          return {
            id: event.id,
            stream_id: event.streamId,
            stream_position: event.streamPosition,
            type: event.type,
            data: event.data,
            metadata: event.metadata,
            recorded_at: recordedAt,
            hash,
          };
        }),
      );
      await tx.query(
        `insert into ${this.s}.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash)
         select n.ev->>'stream_id', (n.ev->>'stream_position')::bigint, (n.ev->>'id')::uuid, n.ev->>'type',
                n.ev->'data', n.ev->'metadata', (n.ev->>'recorded_at')::timestamptz, decode(n.ev->>'hash', 'hex')
           from jsonb_array_elements($1::jsonb) with ordinality as n(ev, o)
          order by n.o`,
        [payload],
      );
      await tx.query(
        `insert into ${this.s}.streams as st (stream_id, version)
         select n.ev->>'stream_id', max((n.ev->>'stream_position')::bigint)
           from jsonb_array_elements($1::jsonb) as n(ev)
          group by 1
         on conflict (stream_id) do update set version = greatest(st.version, excluded.version)`,
        [payload],
      );
      await tx.query(
        `update ${this.s}.streams st set head_hash = e.hash
           from ${this.s}.events e
          where e.stream_id = st.stream_id and e.stream_position = st.version
            and st.stream_id in (select distinct n.ev->>'stream_id' from jsonb_array_elements($1::jsonb) as n(ev))`,
        [payload],
      );
    });
    this.wake.notify();
    this.hooks.afterAppend?.();
  }

  /** Hash of the event before each stream's first event in `events` (streams that already hold some). */
  private async headsBefore(tx: SqlQueryable, events: RecordedEvent[]): Promise<Map<string, string>> {
    const firsts = new Map<string, number>();
    for (const event of events)
      if (!firsts.has(event.streamId)) firsts.set(event.streamId, event.streamPosition);
    const wanted = [...firsts].filter(([, position]) => position > 0);
    const heads = new Map<string, string>();
    if (wanted.length === 0) return heads;
    const { rows } = await tx.query<{ stream_id: string; hash: string | null }>(
      `select e.stream_id, encode(e.hash, 'hex') as hash
         from jsonb_to_recordset($1::jsonb) as w(s text, p bigint)
         join ${this.s}.events e on e.stream_id = w.s and e.stream_position = w.p - 1`,
      [JSON.stringify(wanted.map(([streamId, position]) => ({ s: streamId, p: position })))],
    );
    for (const row of rows) if (row.hash) heads.set(row.stream_id, row.hash);
    return heads;
  }

  /**
   * Events stored before the hash chain existed (migrations 5 and 6) get their hashes once, stream
   * by stream, under the migration lock so concurrent starts do the work once. Only rows up to the
   * mark migration 6 left are touched; a hash removed later stays missing for verifyLog to report.
   */
  private async hashUnhashedEvents(): Promise<void> {
    const { rows: marks } = await this.sql.query<{ until_position: string }>(
      `select until_position::text as until_position from ${this.s}.hash_backfill`,
    );
    if (marks.length === 0) return;
    await this.sql.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1::int, hashtext($2))', [
        MIGRATION_LOCK_CLASS,
        this.schema,
      ]);
      const { rows: mark } = await tx.query<{ until_position: string }>(
        `select until_position::text as until_position from ${this.s}.hash_backfill`,
      );
      if (mark.length === 0) return;
      const until = mark[0]!.until_position;
      const { rows: streams } = await tx.query<{ stream_id: string }>(
        `select distinct stream_id from ${this.s}.events where hash is null and global_position <= $1::bigint`,
        [until],
      );
      for (const { stream_id: streamId } of streams) {
        const { rows } = await tx.query<EventRow>(
          `select ${this.columns} from ${this.s}.events e where e.stream_id = $1 order by e.stream_position`,
          [streamId],
        );
        let previous = GENESIS_HASH;
        const updates: Array<{ p: number; h: string }> = [];
        for (const row of rows) {
          const event = toRecordedEvent(tupleOf(row));
          const legacy = !row.hash && BigInt(row.global_position) <= BigInt(until);
          const hash = legacy ? eventHash(previous, event) : (row.hash ?? '');
          if (legacy) updates.push({ p: event.streamPosition, h: hash });
          previous = hash;
        }
        await tx.query(
          `update ${this.s}.events e set hash = decode(u.h, 'hex')
             from jsonb_to_recordset($2::jsonb) as u(p bigint, h text)
            where e.stream_id = $1 and e.stream_position = u.p and e.hash is null`,
          [streamId, JSON.stringify(updates)],
        );
        await tx.query(
          `update ${this.s}.streams st set head_hash = e.hash
             from ${this.s}.events e
            where st.stream_id = $1 and e.stream_id = st.stream_id and e.stream_position = st.version`,
          [streamId],
        );
      }
      await tx.query(`delete from ${this.s}.hash_backfill`);
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.hooks.close();
  }

  /**
   * Runs the append; when the unique index on event_id refuses it, asks what the stored ids mean:
   * a retry of an earlier append, a conflict, or (the other append rolled back) try again.
   */
  private async appendOnce(append: EncodedAppend, attempts: number): Promise<AppendRow> {
    const { streamId, expected, mode, events } = append;
    try {
      return await this.callFunction('append_event_tuples', [
        streamId,
        expected,
        mode,
        events.jsonb,
        events.digests,
      ]);
    } catch (error) {
      if (!isEventIdViolation(error)) throw error;
      const row = await this.callFunction('event_tuples_retry_status', [
        streamId,
        expected,
        mode,
        events.jsonb,
      ]);
      if (row.status !== 'retry') return row;
      if (attempts > 1) return this.appendOnce(append, attempts - 1);
      return { status: 'id_conflict', stream_version: null, transaction_id: null, global_position: null };
    }
  }

  /**
   * Runs several appends in one call and one transaction (append_event_tuples_group), one answer row
   * each. append_event_tuples answers 'retry' never: ids refused by the unique index raise, which
   * fails the group, and the committer then runs each member alone through appendOnce.
   */
  private async appendGroup(appends: PendingAppend[]): Promise<AppendRow[]> {
    const group = encodeGroup(appends);
    const { rows } = await this.query<AppendRow & { n: number }>(
      'append_event_tuples_group',
      `select n, status, stream_version::text as stream_version, transaction_id::text as transaction_id,
              global_position::text as global_position
         from ${this.s}.append_event_tuples_group($1::jsonb, $2::bytea)`,
      [group.jsonb, group.digests],
    );
    if (rows.length !== appends.length) {
      throw new Error(`append_event_tuples_group answered ${rows.length} rows for ${appends.length} appends`);
    }
    const answers = new Array<AppendRow>(appends.length);
    for (const row of rows) answers[row.n - 1] = row;
    return answers;
  }

  private async callFunction(
    name: 'append_event_tuples' | 'event_tuples_retry_status',
    params: unknown[],
  ): Promise<AppendRow> {
    const digests = name === 'append_event_tuples' ? ', $5::bytea' : '';
    const { rows } = await this.query<AppendRow>(
      name,
      `select status, stream_version::text as stream_version, transaction_id::text as transaction_id,
              global_position::text as global_position
         from ${this.s}.${name}($1, $2, $3, $4::jsonb${digests})`,
      params,
    );
    return rows[0]!;
  }

  private async queryEvents(text: string, params: unknown[]): Promise<EventTuple[]> {
    try {
      return await this.hooks.queryArrays<EventTuple>(text, params);
    } catch (error) {
      throw mapDatabaseError(error);
    }
  }

  /** A prepared statement of this store's schema; database errors mapped as everywhere else. */
  private async query<T>(name: string, text: string, params: unknown[]): Promise<{ rows: T[] }> {
    try {
      return await this.hooks.queryPrepared<T>(`${name}_${this.schema}`, text, params);
    } catch (error) {
      throw mapDatabaseError(error);
    }
  }
}

function isEventIdViolation(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  return (
    e?.code === UNIQUE_VIOLATION &&
    (e.constraint === 'events_event_id_key' || String(e.message).includes('events_event_id_key'))
  );
}

function tupleOf(row: EventRow): EventTuple {
  return [
    row.global_position,
    row.transaction_id,
    row.stream_id,
    row.stream_position,
    row.event_id,
    row.type,
    row.data,
    row.metadata,
    row.recorded_at,
    row.hash,
  ];
}

function toRecordedEvent(row: EventTuple): RecordedEvent {
  const event: RecordedEvent = {
    id: row[4],
    streamId: row[2],
    streamPosition: Number(row[3]),
    globalPosition: BigInt(row[0]),
    type: row[5],
    data: row[6],
    metadata: row[7],
    recordedAt: row[8],
  };
  if (row[9]) event.hash = row[9];
  return event;
}
