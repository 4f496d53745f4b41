import type { ReadAllEvent } from '@duban/event-store';
import type { FoldStore } from './fold-store.js';
import { MemoryFoldStore } from './fold-store.js';
import type { Projection, RebuildSession, SqlTx } from './projection.js';
import type { DocTable, LogTable } from './read-table.js';
import { createTableSql, ident, indexNames, recordsetOf, writeSql } from './read-table.js';

/** Rows per write statement: large enough to amortise round trips, small enough for one JSON parameter. */
const WRITE_CHUNK = 2000;

/**
 * A projection written as a synchronous fold over documents. `reads` names the documents an event
 * needs, so the projector fetches all of a batch's documents with one query per table, folds the
 * batch in memory and writes what changed with one statement per table: a batch costs a handful of
 * round trips however many events it holds.
 */
export interface FoldSpec {
  readonly name: string;
  readonly version: number;
  readonly tables: readonly (DocTable<any> | LogTable<any>)[];
  /**
   * Event types the fold looks at; the rest cost nothing. `EVERY_EVENT` for a fold that keeps a row
   * of every event (the audit log); as-of replays take only folds that name their types.
   */
  readonly handles: ReadonlySet<string> | typeof EVERY_EVENT;
  reads(event: ReadAllEvent): ReadonlyArray<readonly [DocTable<any>, string]>;
  fold(event: ReadAllEvent, store: FoldStore): void;
}

/** `FoldSpec.handles` of a fold that looks at every event, whatever its type. */
export const EVERY_EVENT = 'every-event';

/** Whether the fold looks at events of this type. */
export const handlesType = (spec: FoldSpec, type: string): boolean =>
  spec.handles === EVERY_EVENT || spec.handles.has(type);

/** Folds events into a fold store in memory: what as-of queries use instead of read tables. */
export function foldInMemory(
  specs: readonly FoldSpec[],
  events: Iterable<ReadAllEvent>,
  store: MemoryFoldStore = new MemoryFoldStore(),
): MemoryFoldStore {
  for (const event of events) {
    for (const spec of specs) if (handlesType(spec, event.type)) spec.fold(event, store);
  }
  return store;
}

/** Documents fetched for one batch plus what the fold changed. */
class BatchFoldStore implements FoldStore {
  readonly keepsLogs = true;
  private readonly loaded = new Map<string, Map<string, unknown>>();
  private readonly dirty = new Map<DocTable<unknown>, Map<string, unknown>>();
  private readonly appended = new Map<LogTable<unknown>, unknown[]>();

  seed(table: DocTable<unknown>, key: string, doc: unknown): void {
    let rows = this.loaded.get(table.name);
    if (!rows) this.loaded.set(table.name, (rows = new Map()));
    rows.set(key, doc);
  }

  get<Doc>(table: DocTable<Doc>, key: string): Doc | undefined {
    return this.loaded.get(table.name)?.get(key) as Doc | undefined;
  }

  put<Doc>(table: DocTable<Doc>, key: string, doc: Doc): void {
    this.seed(table as DocTable<unknown>, key, doc);
    let rows = this.dirty.get(table as DocTable<unknown>);
    if (!rows) this.dirty.set(table as DocTable<unknown>, (rows = new Map()));
    rows.set(key, doc);
  }

  append<Row>(table: LogTable<Row>, row: Row): void {
    let rows = this.appended.get(table as LogTable<unknown>);
    if (!rows) this.appended.set(table as LogTable<unknown>, (rows = []));
    rows.push(row);
  }

  async flush(tx: SqlTx, schema: string): Promise<void> {
    await this.flushLogs(tx, schema);
    await this.flushDocs(tx, schema);
  }

  /** Writes the log rows appended since the last call. */
  async flushLogs(tx: SqlTx, schema: string): Promise<void> {
    for (const [table, rows] of this.appended) await writeChunks(tx, table, schema, rows);
    this.appended.clear();
  }

  async flushDocs(tx: SqlTx, schema: string): Promise<void> {
    for (const [table, rows] of this.dirty) await writeChunks(tx, table, schema, [...rows.values()]);
    this.dirty.clear();
  }
}

async function writeChunks(
  tx: SqlTx,
  table: DocTable<unknown> | LogTable<unknown>,
  schema: string,
  rows: unknown[],
): Promise<void> {
  const sql = writeSql(table, schema);
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
    await tx.query(sql, [recordsetOf(table, rows.slice(i, i + WRITE_CHUNK))]);
  }
}

export class DocumentProjection implements Projection {
  readonly name: string;
  readonly version: number;

  constructor(readonly spec: FoldSpec) {
    this.name = spec.name;
    this.version = spec.version;
  }

  async setup(tx: SqlTx, schema: string): Promise<void> {
    for (const table of this.spec.tables) {
      for (const statement of createTableSql(table, schema)) await tx.query(statement);
    }
  }

  /**
   * During a rebuild the shadow tables start empty and only this session writes them, so documents
   * live in memory for the whole rebuild and each is written once at the end; log rows go out per
   * batch to bound memory. Secondary indexes are dropped at the first batch and built at the end:
   * building one over the loaded rows costs far less than keeping it up to date row by row.
   */
  beginRebuild(schema: string): RebuildSession {
    const store = new BatchFoldStore();
    const spec = this.spec;
    let indexesDropped = false;
    return {
      async applyBatch(events, tx) {
        if (!indexesDropped) {
          for (const table of spec.tables) {
            for (const name of indexNames(table))
              await tx.query(`drop index if exists ${ident(schema)}.${name}`);
          }
          indexesDropped = true;
        }
        for (const event of events) if (handlesType(spec, event.type)) spec.fold(event, store);
        await store.flushLogs(tx, schema);
      },
      async finish(tx) {
        await store.flushDocs(tx, schema);
        for (const table of spec.tables) {
          for (const statement of createTableSql(table, schema)) await tx.query(statement);
        }
      },
    };
  }

  async applyBatch(events: readonly ReadAllEvent[], tx: SqlTx, schema: string): Promise<void> {
    const relevant = events.filter((event) => handlesType(this.spec, event.type));
    if (relevant.length === 0) return;
    const wanted = new Map<DocTable<unknown>, Set<string>>();
    for (const event of relevant) {
      for (const [table, key] of this.spec.reads(event)) {
        let keys = wanted.get(table);
        if (!keys) wanted.set(table, (keys = new Set()));
        keys.add(key);
      }
    }
    const store = new BatchFoldStore();
    for (const [table, keys] of wanted) {
      const { rows } = await tx.query<{ k: string; doc: unknown }>(
        `select ${ident(table.key.name)} as k, doc from ${ident(schema)}.${ident(table.name)} where ${ident(table.key.name)} = any($1::text[])`,
        [[...keys]],
      );
      for (const row of rows) store.seed(table, row.k, row.doc);
    }
    for (const event of relevant) this.spec.fold(event, store);
    await store.flush(tx, schema);
  }
}
