import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PglitePreparedQueries } from './prepared-query.js';

describe('PGlite prepared queries', () => {
  let db: PGlite;
  let prepared: PglitePreparedQueries;

  beforeAll(async () => {
    db = new PGlite();
    await db.exec(`create table items (id int primary key, label text)`);
    prepared = new PglitePreparedQueries(db);
  });
  afterAll(() => db.close());

  it('binds text, numbers and nulls and returns every column as text by name', async () => {
    const { rows } = await prepared.query<{ a: string; b: string | null; c: string }>(
      'echo',
      `select $1::text as a, $2::text as b, ($3::int + 1)::text as c`,
      ['标题', null, 41],
    );
    expect(rows).toEqual([{ a: '标题', b: null, c: '42' }]);
    // The second call reuses the statement and still names the columns.
    const again = await prepared.query<{ a: string }>('echo', 'ignored once prepared', ['x', 'y', 1]);
    expect(again.rows).toEqual([{ a: 'x', b: 'y', c: '2' }]);
  });

  it('binds Buffers in binary format beside text parameters', async () => {
    const jsonb = Buffer.concat([Buffer.of(1), Buffer.from('["标题",{"b":2,"a":1}]', 'utf8')]);
    const bytes = Buffer.of(0, 1, 0xfe, 0xff);
    const { rows } = await prepared.query<{ j: string; b: string; t: string }>(
      'binary',
      `select ($1::jsonb)::text as j, encode($2::bytea, 'hex') as b, $3::text as t`,
      [jsonb, bytes, '文本'],
    );
    // As text, the version byte would make the jsonb invalid and the bytea would read as escape format.
    expect(rows).toEqual([{ j: '["标题", {"a": 1, "b": 2}]', b: '0001feff', t: '文本' }]);
  });

  it('raises the database error with its code and keeps working afterwards', async () => {
    const insert = `insert into items (id, label) values ($1, $2) returning id::text as id`;
    await prepared.query('insert_item', insert, [1, 'one']);
    await expect(prepared.query('insert_item', insert, [1, 'again'])).rejects.toMatchObject({
      code: '23505',
      constraint: 'items_pkey',
    });
    const { rows } = await prepared.query('insert_item', insert, [2, 'two']);
    expect(rows).toEqual([{ id: '2' }]);
    expect((await db.query('select count(*)::int as n from items')).rows).toEqual([{ n: 2 }]);
  });

  it('prepares again after a statement that failed to parse', async () => {
    await expect(prepared.query('broken', 'select from nowhere_at_all', [])).rejects.toMatchObject({
      code: '42P01',
    });
    await db.exec('create table nowhere_at_all (x int)');
    await expect(
      prepared.query('broken', 'select count(*)::text as n from nowhere_at_all', []),
    ).resolves.toEqual({
      rows: [{ n: '0' }],
    });
  });

  it('waits for an open transaction instead of running inside it', async () => {
    const insert = `insert into items (id, label) values ($1, $2) returning id::text as id`;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction(async (tx) => {
      await tx.query(`insert into items (id, label) values (10, 'in transaction')`);
      await held;
      await tx.rollback();
    });
    const outside = prepared.query('insert_item', insert, [11, 'outside']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await transaction;
    await outside;
    const { rows } = await db.query<{ id: number }>('select id from items where id >= 10 order by id');
    // Had the prepared insert run inside the transaction, the rollback would have removed it too.
    expect(rows).toEqual([{ id: 11 }]);
  });
});
