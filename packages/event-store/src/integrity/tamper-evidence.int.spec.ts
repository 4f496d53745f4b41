import { randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportJsonl } from '../jsonl/export-jsonl.js';
import { importJsonl } from '../jsonl/import-jsonl.js';
import { createPgliteEventStore } from '../pglite/create-pglite-event-store.js';
import { createPostgresEventStore } from '../postgres/create-postgres-event-store.js';
import { requireTestDatabaseUrl, skipPostgres } from '../postgres/postgres-test-url.js';
import type { SqlEventStore } from '../sql/sql-event-store.js';
import type { NewEvent, RecordedEvent } from '../types.js';
import { GENESIS_HASH, eventHash } from './event-hash.js';
import { createDigestSigner, generateDigestSigningKey } from './digest-signing.js';
import { digestFileLine } from './digest-file.js';
import { DIGEST_STREAM, recordLogDigest } from './log-digest.js';
import { verifyLog } from './verify-log.js';

const actor = { userId: 'office-1', role: 'DISTRICT_OFFICE', unitId: null };
const event = (type: string, data: unknown = {}): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { actor, correlationId: randomUUID(), recordedAt: '2024-03-01T02:00:00.000Z' },
});
const digestMetadata = { actor: { userId: 'system', role: 'SYSTEM_ADMIN', unitId: null } };
const signer = createDigestSigner(generateDigestSigningKey());
const digestOptions = () => ({
  id: randomUUID(),
  metadata: digestMetadata,
  signer,
  takenAt: new Date().toISOString(),
});

/**
 * Global readers only see events of transactions older than every transaction still open on the
 * server (another suite may hold one open on a shared PostgreSQL), so wait until the log shows `count`.
 */
async function visible(store: SqlEventStore, count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await store.readAll({ limit: 10_000 })).length < count) {
    if (Date.now() > deadline) throw new Error(`the log did not show ${count} events in time`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface Harness {
  open(): Promise<SqlEventStore>;
  close(): Promise<void>;
}

function tamperEvidenceSuite(name: string, harness: () => Harness): void {
  describe(`tamper evidence on ${name}`, () => {
    let h: Harness;
    let store: SqlEventStore;
    let events: Record<string, RecordedEvent[]>;
    const table = () => `"${store.schema}".events`;

    beforeEach(async () => {
      h = harness();
      store = await h.open();
      await store.append('task-1', [event('TaskAssigned', { title: '行政复议', unit: 'u-1' })], 'no_stream');
      await store.append('task-1', [event('TaskAcknowledged'), event('ProgressReported', { cases: 57 })], 0);
      await store.append('task-2', [event('TaskAssigned', { title: '执法监督' })], 'any');
      await store.append('task-1', [event('ProgressReported', { cases: 63, at: new Date() })], 'any');
      await store.append('task-1', [event('CompletionRequested')], 'stream_exists');
      await store.append('task-2', [event('TaskAcknowledged')], 0);
      events = {
        'task-1': await store.readStream('task-1'),
        'task-2': await store.readStream('task-2'),
      };
      await visible(store, 7);
    });
    afterEach(() => h.close());

    it('chains every event to the one before it in its stream, as the Node side computes it', () => {
      for (const stream of Object.values(events)) {
        let previous = GENESIS_HASH;
        for (const e of stream) {
          expect(e.hash).toBe(eventHash(previous, e));
          previous = e.hash!;
        }
      }
    });

    it('verifies a clean log', async () => {
      const report = await verifyLog(store, { pageSize: 2 });
      expect(report).toMatchObject({
        ok: true,
        events: 7,
        streams: 2,
        digests: 0,
        firstBreak: null,
        breaks: [],
      });
    });

    it('locates an event whose data was altered by hand', async () => {
      const target = events['task-1']![2]!;
      await store.sql.query(
        `update ${table()} set data = jsonb_set(data, '{cases}', '75') where stream_id = 'task-1' and stream_position = 2`,
      );
      const report = await verifyLog(store);
      expect(report.ok).toBe(false);
      expect(report.firstBreak).toMatchObject({
        kind: 'CONTENT_ALTERED',
        streamId: 'task-1',
        streamPosition: 2,
        eventId: target.id,
        found: target.hash,
      });
      expect(report.firstBreak!.expected).not.toBe(target.hash);
      expect(report.breaks).toHaveLength(1);
    });

    it('locates an event deleted from the middle of a stream', async () => {
      await store.sql.query(`delete from ${table()} where stream_id = 'task-1' and stream_position = 1`);
      const report = await verifyLog(store);
      expect(report.firstBreak).toMatchObject({
        kind: 'EVENT_MISSING',
        streamId: 'task-1',
        streamPosition: 1,
        eventId: events['task-1']![2]!.id,
      });
    });

    it('notices a stream whose last event was deleted', async () => {
      await store.sql.query(`delete from ${table()} where stream_id = 'task-2' and stream_position = 1`);
      const report = await verifyLog(store);
      expect(report.firstBreak).toMatchObject({
        kind: 'EVENT_MISSING',
        streamId: 'task-2',
        streamPosition: 1,
      });
    });

    it('locates two events whose stream positions were swapped', async () => {
      await store.sql.transaction(async (tx) => {
        await tx.query(
          `update ${table()} set stream_position = -1 where stream_id = 'task-1' and stream_position = 1`,
        );
        await tx.query(
          `update ${table()} set stream_position = 1 where stream_id = 'task-1' and stream_position = 2`,
        );
        await tx.query(
          `update ${table()} set stream_position = 2 where stream_id = 'task-1' and stream_position = -1`,
        );
      });
      const report = await verifyLog(store);
      expect(report.firstBreak).toMatchObject({
        kind: 'REORDERED',
        streamId: 'task-1',
        streamPosition: 1,
        eventId: events['task-1']![2]!.id,
      });
    });

    it('locates a stored hash that was changed while the event stayed intact', async () => {
      const target = events['task-1']![1]!;
      const forged = 'ab'.repeat(32);
      await store.sql.query(
        `update ${table()} set hash = decode($1, 'hex') where stream_id = 'task-1' and stream_position = 1`,
        [forged],
      );
      const report = await verifyLog(store);
      expect(report.firstBreak).toMatchObject({
        kind: 'HASH_ALTERED',
        streamId: 'task-1',
        streamPosition: 1,
        eventId: target.id,
        expected: target.hash,
        found: forged,
      });
    });

    it('records digests that chain, and skips one when nothing changed', async () => {
      const first = await recordLogDigest(store, digestOptions());
      expect(first.recorded).toBe(true);
      expect(first.digest.data).toMatchObject({
        streamCount: 2,
        eventCount: 7,
        previousDigestHash: GENESIS_HASH,
      });
      const again = await recordLogDigest(store, digestOptions());
      expect(again).toMatchObject({ recorded: false, digest: { id: first.digest.id } });

      await store.append('task-3', [event('TaskAssigned')], 'no_stream');
      await visible(store, 9);
      const second = await recordLogDigest(store, digestOptions());
      expect(second.recorded).toBe(true);
      expect(second.digest.data).toMatchObject({
        streamCount: 4, // task-1, task-2, task-3 and the digest stream itself
        eventCount: 9,
        previousDigestHash: first.digest.hash,
      });
      expect(second.digest.data.root).not.toBe(first.digest.data.root);
      expect(await verifyLog(store)).toMatchObject({ ok: true, digests: 2, events: 10 });
    });

    it('reports a digest that no longer matches a stream rewritten with recomputed hashes', async () => {
      const digest = await recordLogDigest(store, digestOptions());
      // A forger with database access rewrites task-2 and recomputes its whole chain consistently.
      const [first, second] = events['task-2']!;
      const forged = { ...first!, data: { title: '改写' } };
      const forgedHash = eventHash(GENESIS_HASH, forged);
      const secondHash = eventHash(forgedHash, second!);
      await store.sql.query(
        `update ${table()} set data = '{"title":"改写"}', hash = decode($1, 'hex') where stream_id = 'task-2' and stream_position = 0`,
        [forgedHash],
      );
      await store.sql.query(
        `update ${table()} set hash = decode($1, 'hex') where stream_id = 'task-2' and stream_position = 1`,
        [secondHash],
      );
      const report = await verifyLog(store);
      expect(report.breaks).toHaveLength(1);
      expect(report.firstBreak).toMatchObject({
        kind: 'DIGEST_MISMATCH',
        streamId: DIGEST_STREAM,
        streamPosition: 0,
        eventId: digest.digest.id,
        expected: digest.digest.data.root,
      });
    });

    it('reports a digest whose link to the previous digest was changed', async () => {
      await recordLogDigest(store, digestOptions());
      await store.append('task-3', [event('TaskAssigned')], 'no_stream');
      await visible(store, 9);
      const second = await recordLogDigest(store, digestOptions());
      await store.sql.query(
        `update ${table()} set data = jsonb_set(data, '{previousDigestHash}', $1::jsonb) where stream_id = $2 and stream_position = 1`,
        [JSON.stringify('00'.repeat(31) + '01'), DIGEST_STREAM],
      );
      const report = await verifyLog(store);
      // The row no longer matches its hash either; the first break is that altered digest event.
      expect(report.firstBreak).toMatchObject({
        streamId: DIGEST_STREAM,
        streamPosition: 1,
        eventId: second.digest.id,
      });
      expect(report.breaks.map((b) => b.kind).sort()).toEqual(['CONTENT_ALTERED', 'DIGEST_MISMATCH']);
    });

    it('fails verification when the digest stream is deleted, even with a whole task stream deleted too', async () => {
      await recordLogDigest(store, digestOptions());
      expect(await verifyLog(store, { trustedKeys: [signer.publicKey] })).toMatchObject({
        ok: true,
        digests: 1,
        signedDigests: 1,
      });
      for (const stream of ['task-2', DIGEST_STREAM]) {
        await store.sql.query(`delete from ${table()} where stream_id = $1`, [stream]);
        await store.sql.query(`delete from "${store.schema}".streams where stream_id = $1`, [stream]);
      }
      const report = await verifyLog(store, { trustedKeys: [signer.publicKey] });
      expect(report.ok).toBe(false);
      expect(report.digests).toBe(0);
      expect(report.firstBreak).toMatchObject({ kind: 'DIGEST_MISSING', streamId: DIGEST_STREAM });
    });

    it('refuses a digest signed by a key it does not trust, and one whose signed data was rewritten and rechained', async () => {
      const stranger = createDigestSigner(generateDigestSigningKey());
      const forged = await recordLogDigest(store, { ...digestOptions(), signer: stranger });
      const report = await verifyLog(store, { trustedKeys: [signer.publicKey] });
      expect(report.firstBreak).toMatchObject({
        kind: 'DIGEST_UNSIGNED',
        streamId: DIGEST_STREAM,
        streamPosition: 0,
        eventId: forged.digest.id,
      });

      // A forger edits an event, recomputes the chain and the digest's root, and rechains the digest.
      const target = await h.open();
      await target.append('task-1', [event('TaskAssigned', { title: '原文' })], 'no_stream');
      await visible(target, 1);
      const honest = await recordLogDigest(target, digestOptions());
      const [original] = await target.readStream('task-1');
      const edited = { ...original!, data: { title: '改写' } };
      const editedHash = eventHash(GENESIS_HASH, edited);
      await target.sql.query(
        `update "${target.schema}".events set data = $1::jsonb, hash = decode($2, 'hex') where stream_id = 'task-1'`,
        [JSON.stringify(edited.data), editedHash],
      );
      const { digestLeaf: leaf, digestRoot: rootOf } = await import('./log-digest.js');
      const root = rootOf([{ streamId: 'task-1', version: 0, hash: editedHash }], leaf);
      const digestData = { ...honest.digest.data, root };
      const rechained = eventHash(GENESIS_HASH, { ...honest.digest, data: digestData });
      await target.sql.query(
        `update "${target.schema}".events set data = $1::jsonb, hash = decode($2, 'hex') where stream_id = $3`,
        [JSON.stringify(digestData), rechained, DIGEST_STREAM],
      );
      const broken = await verifyLog(target, { trustedKeys: [signer.publicKey] });
      expect(broken.breaks.map((b) => b.kind)).toContain('DIGEST_UNSIGNED');
      expect(broken.ok).toBe(false);
    });

    it('notices two events of different streams whose places in the global log were swapped', async () => {
      await recordLogDigest(store, digestOptions());
      // task-2 #0 and task-1 #3 trade places; each stream's own order and heads stay as they were.
      await store.sql.transaction(async (tx) => {
        const rows = await tx.query<{ stream_id: string; transaction_id: string; global_position: string }>(
          `select stream_id, transaction_id::text, global_position::text from ${table()}
            where (stream_id = 'task-2' and stream_position = 0) or (stream_id = 'task-1' and stream_position = 3)`,
        );
        const [a, b] = rows.rows;
        await tx.query(
          `update ${table()} set global_position = -1 where stream_id = $1 and global_position = $2`,
          [a!.stream_id, a!.global_position],
        );
        await tx.query(
          `update ${table()} set global_position = $1, transaction_id = $2::xid8 where stream_id = $3 and global_position = $4`,
          [a!.global_position, a!.transaction_id, b!.stream_id, b!.global_position],
        );
        await tx.query(
          `update ${table()} set global_position = $1, transaction_id = $2::xid8 where stream_id = $3 and global_position = -1`,
          [b!.global_position, b!.transaction_id, a!.stream_id],
        );
      });
      const report = await verifyLog(store, { trustedKeys: [signer.publicKey] });
      expect(report.breaks).toHaveLength(1);
      expect(report.firstBreak).toMatchObject({ kind: 'DIGEST_MISMATCH', streamId: DIGEST_STREAM });
      expect(report.firstBreak!.message).toMatch(/order/);
    });

    it('reports the newest digests removed from the log when the digest file still lists them', async () => {
      const first = await recordLogDigest(store, digestOptions());
      await store.append('task-3', [event('TaskAssigned')], 'no_stream');
      await visible(store, 9);
      const second = await recordLogDigest(store, digestOptions());
      const file = [digestFileLine(first.digest), digestFileLine(second.digest)].map((line) =>
        JSON.parse(line),
      );
      expect(await verifyLog(store, { trustedKeys: [signer.publicKey], digestFile: file })).toMatchObject({
        ok: true,
        unanchoredEvents: 0,
      });
      // The forger removes task-3 and the digest that covered it, and winds the digest stream back.
      await store.sql.query(`delete from ${table()} where stream_id = 'task-3'`);
      await store.sql.query(`delete from ${table()} where stream_id = $1 and stream_position = 1`, [
        DIGEST_STREAM,
      ]);
      await store.sql.query(`delete from "${store.schema}".streams where stream_id = 'task-3'`);
      await store.sql.query(`update "${store.schema}".streams set version = 0 where stream_id = $1`, [
        DIGEST_STREAM,
      ]);
      expect((await verifyLog(store, { trustedKeys: [signer.publicKey] })).ok).toBe(true);
      const report = await verifyLog(store, { trustedKeys: [signer.publicKey], digestFile: file });
      expect(report.firstBreak).toMatchObject({
        kind: 'DIGEST_MISSING',
        streamId: DIGEST_STREAM,
        streamPosition: 1,
        eventId: second.digest.id,
      });
    });

    it('counts the events appended after the newest digest as the unanchored tail', async () => {
      await recordLogDigest(store, digestOptions());
      await store.append('task-3', [event('TaskAssigned'), event('TaskAcknowledged')], 'no_stream');
      await visible(store, 10);
      expect(await verifyLog(store, { trustedKeys: [signer.publicKey] })).toMatchObject({
        ok: true,
        unanchoredEvents: 2,
      });
    });

    it('continues a digest from the walk of the one before, reaching the same digest as a full walk', async () => {
      const first = await recordLogDigest(store, digestOptions());
      await store.append('task-3', [event('TaskAssigned')], 'no_stream');
      await visible(store, 9);
      const resumed = await recordLogDigest(store, { ...digestOptions(), resume: first.log });
      const full = await (await import('./log-digest.js')).readLogHeads(store);
      expect(resumed.log.logHash).not.toBe(first.log.logHash);
      expect(resumed.digest.data).toMatchObject({
        eventCount: 9,
        sequence: 1,
        previousDigestHash: first.digest.hash,
      });
      expect(full.eventCount).toBe(10);
      expect(await verifyLog(store, { trustedKeys: [signer.publicKey] })).toMatchObject({
        ok: true,
        signedDigests: 2,
      });
    });

    it('exports the hashes and imports them into an empty store, which verifies with its digests', async () => {
      await recordLogDigest(store, digestOptions());
      await visible(store, 8);
      const pipe = new PassThrough();
      const chunks: string[] = [];
      pipe.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
      await exportJsonl(store, pipe);
      pipe.end();
      const text = chunks.join('');
      expect(text).toContain(`"hash":"${events['task-1']![0]!.hash}"`);

      const target = await h.open();
      await importJsonl(target, Readable.from([text]), { batchSize: 3 });
      await visible(target, 8);
      expect((await target.readStream('task-1')).map((e) => e.hash)).toEqual(
        events['task-1']!.map((e) => e.hash),
      );
      expect(await verifyLog(target)).toMatchObject({ ok: true, digests: 1, events: 8 });
    });

    it('refuses an export whose line was altered after export, naming the line', async () => {
      const pipe = new PassThrough();
      const chunks: string[] = [];
      pipe.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
      await exportJsonl(store, pipe);
      pipe.end();
      const text = chunks.join('').replace('"cases":57', '"cases":75');
      const target = await h.open();
      const line = text.split('\n').findIndex((l) => l.includes('"cases":75')) + 1;
      await expect(importJsonl(target, Readable.from([text]))).rejects.toMatchObject({
        code: 'IMPORT_FORMAT_INVALID',
        line,
      });
      expect(await target.readAll()).toEqual([]);
    });

    it('hashes events stored before the chain existed when the store starts', async () => {
      // As a store migrated from before the chain finds them: no hashes, and the mark of migration 6.
      await store.sql.query(`update ${table()} set hash = null where stream_id = 'task-1'`);
      await store.sql.query(
        `insert into "${store.schema}".hash_backfill select max(global_position) from ${table()}`,
      );
      await store.init();
      expect((await store.readStream('task-1')).map((e) => e.hash)).toEqual(
        events['task-1']!.map((e) => e.hash),
      );
      expect((await verifyLog(store)).ok).toBe(true);
    });

    it('does not re-hash an event whose hash was removed later, so a restart cannot launder a change', async () => {
      const target = events['task-1']![3]!;
      await store.sql.query(
        `update ${table()} set data = '{"cases":99}', hash = null where stream_id = 'task-1' and stream_position = 3`,
      );
      await store.init();
      const report = await verifyLog(store);
      expect(report.firstBreak).toMatchObject({
        kind: 'CONTENT_ALTERED',
        streamId: 'task-1',
        streamPosition: 3,
        eventId: target.id,
        found: null,
      });
    });
  });
}

const db = new PGlite();
afterAll(() => db.close());
let next = 0;
tamperEvidenceSuite('pglite', () => ({
  async open() {
    const store = createPgliteEventStore({ pglite: db, schema: `te_${next++}` });
    await store.init();
    return store;
  },
  close: async () => undefined,
}));

describe.skipIf(skipPostgres)('tamper evidence on postgres (needs TEST_DATABASE_URL)', () => {
  tamperEvidenceSuite('postgres', () => {
    const opened: SqlEventStore[] = [];
    return {
      async open() {
        const store = createPostgresEventStore({
          connectionString: requireTestDatabaseUrl(),
          schema: `te_${randomUUID().replace(/-/g, '').slice(0, 12)}`,
          poolSize: 3,
        });
        await store.init();
        opened.push(store);
        return store;
      },
      async close() {
        for (const store of opened) {
          await store.sql.query(`drop schema "${store.schema}" cascade`);
          await store.close();
        }
      },
    };
  });
});
