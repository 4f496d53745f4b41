import type { Checkpoint } from '@duban/event-store';
import { START, checkpointCodec } from '@duban/event-store';
import type { SqlTx } from './projection.js';
import { ident } from './read-table.js';

export interface CheckpointRow {
  name: string;
  version: number;
  checkpoint: Checkpoint;
  /** When the projector last committed a batch. */
  updatedAt: Date | null;
}

interface Raw {
  name: string;
  version: number;
  position: string;
  updated_at: Date | string | null;
}

const toRow = (raw: Raw): CheckpointRow => ({
  name: raw.name,
  version: Number(raw.version),
  checkpoint: checkpointCodec.parse(raw.position),
  updatedAt: raw.updated_at === null ? null : new Date(raw.updated_at),
});

/** `<projector>.checkpoints`: one row per projection, with the version its read tables were built by. */
export class CheckpointTable {
  private readonly t: string;

  constructor(private readonly schema: string) {
    this.t = `${ident(schema)}.checkpoints`;
  }

  async ensure(tx: SqlTx): Promise<void> {
    await tx.query(`create schema if not exists ${ident(this.schema)}`);
    await tx.query(
      `create table if not exists ${this.t} (
         name text primary key, version integer not null, position text not null, updated_at timestamptz)`,
    );
  }

  async all(tx: SqlTx): Promise<CheckpointRow[]> {
    const { rows } = await tx.query<Raw>(
      `select name, version, position, updated_at from ${this.t} order by name`,
    );
    return rows.map(toRow);
  }

  async get(tx: SqlTx, name: string): Promise<CheckpointRow | null> {
    const { rows } = await tx.query<Raw>(
      `select name, version, position, updated_at from ${this.t} where name = $1`,
      [name],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /**
   * Locks the rows of these projections until the transaction ends. Projector batches and the swap of
   * a rebuild both take it first, so they never interleave.
   */
  async lock(tx: SqlTx, names: readonly string[]): Promise<CheckpointRow[]> {
    const { rows } = await tx.query<Raw>(
      `select name, version, position, updated_at from ${this.t} where name = any($1::text[]) order by name for update`,
      [names],
    );
    return rows.map(toRow);
  }

  async save(tx: SqlTx, name: string, version: number, checkpoint: Checkpoint = START): Promise<void> {
    await tx.query(
      `insert into ${this.t} (name, version, position, updated_at) values ($1, $2, $3, now())
       on conflict (name) do update set version = excluded.version, position = excluded.position, updated_at = now()`,
      [name, version, checkpointCodec.format(checkpoint)],
    );
  }
}
