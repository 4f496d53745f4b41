import type { EventStore } from '@duban/event-store';
import type { FoldSpec } from '../../../core/projection/document-projection.js';
import { DocumentProjection } from '../../../core/projection/document-projection.js';
import type { Projection } from '../../../core/projection/projection.js';
import { ProjectionWaiter } from '../../../core/projection/projection-waiter.js';
import { Projector } from '../../../core/projection/projector.js';
import type { ProjectorLocks } from '../../../core/projection/projector-locks.js';
import type { ReadDatabase } from '../../../core/projection/read-database.js';
import { ReadTables } from '../../../core/projection/read-tables.js';
import { REGISTERED_PROJECTIONS } from '../../../core/projection/registered-projections.js';

export interface Harness {
  projector: Projector;
  waiter: ProjectionWaiter;
  tables: ReadTables;
}

/** A projector over the registered projections (or the given ones), polling fast for tests. */
export function readModelHarness(
  store: EventStore,
  db: ReadDatabase,
  options: {
    projections?: readonly Projection[];
    specs?: readonly FoldSpec[];
    locks?: ProjectorLocks;
    batchSize?: number;
  } = {},
): Harness {
  const projections =
    options.projections ??
    (options.specs ?? REGISTERED_PROJECTIONS).map((spec) => new DocumentProjection(spec));
  const projector = new Projector({
    store,
    db,
    projections,
    lockPollMs: 50,
    retryDelayMs: 20,
    batchSize: options.batchSize ?? 1000,
    ...(options.locks ? { locks: options.locks } : {}),
  });
  return { projector, waiter: new ProjectionWaiter(projector, db, 10_000), tables: new ReadTables(db) };
}

/** Every read table's rows, keyed by table, in key order: for comparing two builds table by table. */
export async function dumpReadTables(db: ReadDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  const { rows } = await db.sql.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = $1 order by table_name`,
    [db.schemas.read],
  );
  for (const { table_name } of rows) {
    const result = await db.sql.query<Record<string, unknown>>(
      `select * from "${db.schemas.read}"."${table_name}" order by 1`,
    );
    dump[table_name] = result.rows;
  }
  return dump;
}
