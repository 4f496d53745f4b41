import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createDigestSigner,
  createPgliteEventStore,
  digestFileLine,
  generateDigestSigningKey,
  recordLogDigest,
} from '@duban/event-store';
import type { DigestFileEntry, SqlEventStore } from '@duban/event-store';
import { verifyCommand } from './verify-command.js';

const actor = { userId: 'office-1', role: 'DISTRICT_OFFICE', unitId: null };
const event = (type: string, data: unknown = {}) => ({ id: randomUUID(), type, data, metadata: { actor } });
const signer = createDigestSigner(generateDigestSigningKey());
const digest = () =>
  recordLogDigest(store, {
    id: randomUUID(),
    metadata: { actor },
    signer,
    takenAt: new Date().toISOString(),
  });

let store: SqlEventStore;

describe('the verify command', () => {
  // One embedded database for the file (starting one takes seconds on a busy machine).
  let lines: string[];
  const file: DigestFileEntry[] = [];
  const run = (options: { withKey?: boolean } = {}) =>
    verifyCommand(store, (line) => lines.push(line), {
      signer: options.withKey === false ? null : signer,
      digestFile: file,
    });

  beforeAll(async () => {
    store = createPgliteEventStore();
    await store.init();
  }, 120_000);
  afterAll(() => store?.close());
  beforeEach(() => {
    lines = [];
  });

  it('fails a log with events that no signed digest covers', async () => {
    await store.append('task-1', [event('TaskAssigned'), event('TaskAcknowledged')], 'no_stream');
    expect(await run()).toBe(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ ok: false, firstBreak: { kind: 'DIGEST_MISSING' } });
  });

  it('exits 0 for an intact, signed log and says how much it checked', async () => {
    file.push(JSON.parse(digestFileLine((await digest()).digest)) as DigestFileEntry);
    expect(await run()).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      command: 'verify',
      ok: true,
      events: 3,
      streams: 2,
      signedDigests: 1,
      digestFileEntries: 1,
      keyId: signer.keyId,
    });
    expect(lines).toHaveLength(1);
  });

  it('does not call a signed log intact without the key to check it', async () => {
    expect(await run({ withKey: false })).toBe(1);
    expect(JSON.parse(lines[0]!).firstBreak).toMatchObject({ kind: 'DIGEST_UNSIGNED' });
  });

  it('exits 1 for a broken log, printing where it breaks', async () => {
    await store.append(
      'task-2',
      [event('TaskAssigned'), event('TaskAcknowledged'), event('ProgressReported')],
      'no_stream',
    );
    await digest();
    const [, missing, after] = await store.readStream('task-2');
    await store.sql.query(`delete from ${store.schema}.events where event_id = $1`, [missing!.id]);
    expect(await run()).toBe(1);
    expect(JSON.parse(lines[0]!).firstBreak).toMatchObject({
      kind: 'EVENT_MISSING',
      streamId: 'task-2',
      streamPosition: 1,
    });
    expect(lines[1]).toMatch(
      new RegExp(`^BROKEN EVENT_MISSING stream=task-2 position=1 event=${after!.id} `),
    );
  });
});
