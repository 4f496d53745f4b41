import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH, checkpointCodec, digestRoot, parseDigestFile, readLogHeads } from '@duban/event-store';
import type { EventStore, SqlEventStore } from '@duban/event-store';
import { createApp } from '../../create-app.js';
import { startTestApp } from '../../../test/support/start-test-app.js';
import type { GraphqlResponse, TestApp } from '../../../test/support/start-test-app.js';

const DIGEST_FIELDS =
  'eventId sequence recordedAt hash root algorithm streamCount eventCount checkpoint previousDigestHash logHash keyId signature anchorText';
const LIST = `query($last: Int) { logDigests(last: $last) { ${DIGEST_FIELDS} } }`;
const RECORD = `mutation { recordLogDigest { recorded digest { ${DIGEST_FIELDS} } } }`;
const VERIFY = `query { verifyLog { ok events streams digests signedDigests unanchoredEvents checkedThrough
  firstBreak { kind streamId streamPosition eventId expected found checkpoint message }
  breaks { kind streamId streamPosition } } }`;
const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';
const PASSWORD = 'Integrity-Pass-2030';

const withPostgres = Boolean(process.env.TEST_DATABASE_URL) || Boolean(process.env.CI);
const stores = [
  { kind: 'pglite' as const, label: 'pglite' },
  ...(withPostgres ? [{ kind: 'postgres' as const, label: 'postgres' }] : []),
];

describe.each(stores)('tamper evidence through the API ($label)', ({ kind }) => {
  let app: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ store: kind });
    tokens.admin = await app.adminToken();
    for (const [username, role] of [
      ['office', 'DISTRICT_OFFICE'],
      ['leader', 'LEADER'],
      ['inspector', 'INSPECTOR'],
    ] as const) {
      const result = await app.gql(
        REGISTER,
        { input: { username, displayName: username, role, unitId: null, password: PASSWORD } },
        tokens.admin,
      );
      expect(result.errors).toBeUndefined();
      tokens[username] = (await app.login(username, PASSWORD)).accessToken;
    }
  });
  afterAll(() => app?.close());

  it('records a digest at start, another on demand chained to it, and none when nothing changed', async () => {
    const atStart = await app.gql(LIST, {}, tokens.office);
    expect(atStart.errors).toBeUndefined();
    const [first] = atStart.data.logDigests;
    expect(first).toMatchObject({ sequence: 0, previousDigestHash: '0'.repeat(64) });

    const recorded = await app.gql(RECORD, {}, tokens.admin);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordLogDigest.recorded).toBe(true);
    const second = recorded.data.recordLogDigest.digest;
    expect(second).toMatchObject({ sequence: 1, previousDigestHash: first.hash });
    expect(second.eventCount).toBeGreaterThan(first.eventCount);
    expect(second.anchorText).toContain(`root: ${second.root}`);
    expect(second.anchorText).toContain(`signature: ${second.signature}`);
    expect(second.keyId).toMatch(/^[0-9a-f]{16}$/);

    // Each signed digest is also a line of the digest file outside the database.
    const file = parseDigestFile(await readFile(app.config.digestFile, 'utf8'));
    expect(file.map((entry) => [entry.sequence, entry.hash])).toEqual([
      [0, first.hash],
      [1, second.hash],
    ]);

    const again = await app.gql(RECORD, {}, tokens.admin);
    expect(again.data.recordLogDigest).toMatchObject({
      recorded: false,
      digest: { eventId: second.eventId },
    });
    const listed = await app.gql(LIST, { last: 5 }, tokens.admin);
    expect(listed.data.logDigests.map((d: { sequence: number }) => d.sequence)).toEqual([1, 0]);
  });

  it('serves the latest digest as a short text anchor to those who may check the log', async () => {
    const latest = (await app.gql(LIST, { last: 1 }, tokens.office)).data.logDigests[0];
    const response = await fetch(`${app.url}/integrity/digests/latest.txt`, {
      headers: { authorization: `Bearer ${tokens.office}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toBe(latest.anchorText);
    expect(text).toContain(`digest-hash: ${latest.hash}`);

    expect((await fetch(`${app.url}/integrity/digests/latest.txt`)).status).toBe(401);
    const refused = await fetch(`${app.url}/integrity/digests/latest.txt`, {
      headers: { authorization: `Bearer ${tokens.leader}` },
    });
    expect(refused.status).toBe(403);
  });

  it('lets only the district office and the administrator verify, and only the administrator record', async () => {
    for (const name of ['leader', 'inspector']) {
      const refused = await app.gql(VERIFY, {}, tokens[name]);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.gql(LIST, {}, tokens[name])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.gql(RECORD, {}, tokens.office)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(VERIFY, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const clean = await app.gql(VERIFY, {}, tokens.office);
    expect(clean.errors).toBeUndefined();
    expect(clean.data.verifyLog).toMatchObject({
      ok: true,
      digests: 2,
      signedDigests: 2,
      firstBreak: null,
      breaks: [],
    });
  });

  it('locates an event altered in the database', async () => {
    const store = app.store as SqlEventStore;
    const user = (await store.readAll({ limit: 10_000 })).find(
      (e) => e.type === 'UserRegistered' && (e.data as { username?: string }).username === 'leader',
    )!;
    await store.sql.query(
      `update "${store.schema}".events set data = jsonb_set(data, '{role}', '"SYSTEM_ADMIN"') where event_id = $1`,
      [user.id],
    );
    const broken = await app.gql(VERIFY, {}, tokens.admin);
    expect(broken.data.verifyLog.ok).toBe(false);
    expect(broken.data.verifyLog.firstBreak).toMatchObject({
      kind: 'CONTENT_ALTERED',
      streamId: user.streamId,
      streamPosition: user.streamPosition,
      eventId: user.id,
      found: user.hash,
    });
  });
});

const HEALTH = '{ health { status logIntegrity } }';
const STATUS = `query { logIntegrity { state since reason breaks { kind streamId streamPosition acknowledged } } }`;
const ACKNOWLEDGE = `mutation($note: String!) { acknowledgeLogBreak(note: $note) { state breaks { kind } } }`;
const DIGESTS = 'query { logDigests(last: 500) { sequence eventCount } }';

/** A second application over the same store and data directory, as after a restart. */
async function restart(app: TestApp): Promise<{
  call: (query: string, variables?: Record<string, unknown>, token?: string) => Promise<GraphqlResponse>;
  metrics: () => Promise<string>;
  close: () => Promise<void>;
}> {
  const shared = new Proxy(app.store, {
    get: (target, key) =>
      key === 'close'
        ? async () => undefined
        : typeof target[key as keyof EventStore] === 'function'
          ? (target[key as keyof EventStore] as (...args: unknown[]) => unknown).bind(target)
          : target[key as keyof EventStore],
  });
  const second: NestFastifyApplication = await createApp(app.config, { store: shared, logger: false });
  await second.listen({ port: 0, host: '127.0.0.1' });
  const address = second.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    async call(query, variables = {}, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse;
    },
    metrics: async () => (await fetch(`${url}/metrics`)).text(),
    close: () => second.close(),
  };
}

describe('a restart on a tampered log', () => {
  let app: TestApp;
  let admin: string;
  let leader: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminToken();
    const lead = await app.gql(
      REGISTER,
      {
        input: {
          username: 'leader',
          displayName: 'leader',
          role: 'LEADER',
          unitId: null,
          password: PASSWORD,
        },
      },
      admin,
    );
    expect(lead.errors).toBeUndefined();
    leader = (await app.login('leader', PASSWORD)).accessToken;
    const registered = await app.gql(
      REGISTER,
      {
        input: {
          username: 'office',
          displayName: 'office',
          role: 'DISTRICT_OFFICE',
          unitId: null,
          password: PASSWORD,
        },
      },
      admin,
    );
    expect(registered.errors).toBeUndefined();
    expect((await app.gql(RECORD, {}, admin)).errors).toBeUndefined();
  });
  afterAll(() => app?.close());

  it('checks the log before writing, refuses changes and says so in health and metrics, recording nothing', async () => {
    const store = app.store as SqlEventStore;
    const events = `"${store.schema}".events`;
    const streams = `"${store.schema}".streams`;
    // The forger removes a whole stream (the office account's), and the digests that covered it.
    const victim = (await store.readAll({ limit: 10_000 })).find(
      (e) => e.type === 'UserRegistered' && (e.data as { username?: string }).username === 'office',
    )!;
    for (const streamId of [victim.streamId, 'integrity-digests']) {
      await store.sql.query(`delete from ${events} where stream_id = $1`, [streamId]);
      await store.sql.query(`delete from ${streams} where stream_id = $1`, [streamId]);
    }
    const before = (await store.readAll({ limit: 10_000 })).length;

    const restarted = await restart(app);
    try {
      expect((await restarted.call(HEALTH)).data.health).toEqual({ status: 'ok', logIntegrity: 'broken' });
      expect(await restarted.metrics()).toContain('duban_log_integrity_ok 0\n');
      const status = await restarted.call(STATUS, {}, admin);
      expect(status.data.logIntegrity.state).toBe('broken');
      expect(status.data.logIntegrity.breaks).toContainEqual({
        kind: 'DIGEST_MISSING',
        streamId: 'integrity-digests',
        streamPosition: 0,
        acknowledged: false,
      });

      const refused = await restarted.call(
        REGISTER,
        {
          input: { username: 'late', displayName: 'late', role: 'LEADER', unitId: null, password: PASSWORD },
        },
        admin,
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_STATE',
        reason: 'LOG_INTEGRITY_BROKEN',
      });
      const digest = await restarted.call(RECORD, {}, admin);
      expect(digest.errors?.[0]?.extensions?.reason).toBe('LOG_INTEGRITY_BROKEN');
      expect((await store.readAll({ limit: 10_000 })).length).toBe(before);
    } finally {
      await restarted.close();
    }
  });

  it('reopens changes once an administrator acknowledges, recording the acknowledgement and a new digest', async () => {
    const restarted = await restart(app);
    try {
      const forbidden = await restarted.call(ACKNOWLEDGE, { note: '已核查' }, leader);
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const blank = await restarted.call(ACKNOWLEDGE, { note: '  ' }, admin);
      expect(blank.errors?.[0]?.extensions?.code).toBe('VALIDATION');

      const acknowledged = await restarted.call(
        ACKNOWLEDGE,
        { note: '数据库被改动：办公室账号与摘要流被删除，已报案并从备份核对' },
        admin,
      );
      expect(acknowledged.errors).toBeUndefined();
      expect(acknowledged.data.acknowledgeLogBreak).toEqual({ state: 'ok', breaks: [] });
      expect((await restarted.call(HEALTH)).data.health.logIntegrity).toBe('ok');
      expect(await restarted.metrics()).toContain('duban_log_integrity_ok 1\n');

      const [recorded] = await app.store.readStream('integrity-acknowledgements');
      expect(recorded).toMatchObject({
        type: 'LogBreakAcknowledged',
        data: { note: '数据库被改动：办公室账号与摘要流被删除，已报案并从备份核对' },
        metadata: { actor: { role: 'SYSTEM_ADMIN' } },
      });
      const digests = (await restarted.call(DIGESTS, {}, admin)).data.logDigests;
      expect(digests.map((d: { sequence: number }) => d.sequence)).toEqual([0]);

      const registered = await restarted.call(
        REGISTER,
        {
          input: { username: 'late', displayName: 'late', role: 'LEADER', unitId: null, password: PASSWORD },
        },
        admin,
      );
      expect(registered.errors).toBeUndefined();
      // The new digest anchors the log as it now stands; the acknowledgement records what was lost.
      const verified = await restarted.call(VERIFY, {}, admin);
      expect(verified.data.verifyLog).toMatchObject({ ok: true, signedDigests: 1 });
    } finally {
      await restarted.close();
    }
  });

  it('starts clean after the acknowledgement: acknowledged breaks no longer refuse changes', async () => {
    const restarted = await restart(app);
    try {
      expect((await restarted.call(HEALTH)).data.health.logIntegrity).toBe('ok');
      const again = await restarted.call(ACKNOWLEDGE, { note: '再次确认' }, admin);
      expect(again.errors?.[0]?.extensions?.reason).toBe('LOG_INTEGRITY_NOT_BROKEN');
    } finally {
      await restarted.close();
    }
  });
});

describe('the first start of a log kept before digests were signed', () => {
  let app: TestApp;
  afterAll(() => app?.close());

  it('starts on a log loaded straight into the store, with no digest at all, and signs it at once', async () => {
    const loaded = await startTestApp();
    try {
      const admin = await loaded.adminToken();
      const store = loaded.store as SqlEventStore;
      for (const table of ['events', 'streams']) {
        await store.sql.query(`delete from "${store.schema}".${table} where stream_id = 'integrity-digests'`);
      }
      await rm(loaded.config.digestFile, { force: true });
      const restarted = await restart(loaded);
      try {
        expect((await restarted.call(HEALTH)).data.health.logIntegrity).toBe('ok');
        const verified = await restarted.call(VERIFY, {}, admin);
        expect(verified.data.verifyLog).toMatchObject({ ok: true, digests: 1, signedDigests: 1 });
      } finally {
        await restarted.close();
      }
    } finally {
      await loaded.close();
    }
  });

  it('takes its unsigned digests as they verify and records the first signed digest over them', async () => {
    app = await startTestApp();
    const admin = await app.adminToken();
    const store = app.store as SqlEventStore;
    // As the previous version left it: one unsigned digest over the log, and no digest file.
    for (const sql of [
      `delete from "${store.schema}".events where stream_id = 'integrity-digests'`,
      `delete from "${store.schema}".streams where stream_id = 'integrity-digests'`,
    ]) {
      await store.sql.query(sql);
    }
    await rm(app.config.digestFile, { force: true });
    const log = await readLogHeads(store);
    await store.append(
      'integrity-digests',
      [
        {
          id: randomUUID(),
          type: 'LogDigestRecorded',
          data: {
            algorithm: 'sha256-sorted-stream-heads-v1',
            root: digestRoot(log.heads.values()),
            streamCount: log.heads.size,
            eventCount: log.eventCount,
            checkpoint: checkpointCodec.format(log.checkpoint),
            previousDigestHash: GENESIS_HASH,
          },
          metadata: { actor: { userId: 'system', role: 'SYSTEM_ADMIN', unitId: null } },
        },
      ],
      'no_stream',
    );

    const restarted = await restart(app);
    try {
      expect((await restarted.call(HEALTH)).data.health.logIntegrity).toBe('ok');
      const listed = await restarted.call('query { logDigests(last: 5) { sequence signature } }', {}, admin);
      expect(listed.data.logDigests.map((d: { sequence: number }) => d.sequence)).toEqual([1, 0]);
      expect(listed.data.logDigests[0].signature).toBeTruthy();
      expect(listed.data.logDigests[1].signature).toBeNull();
      const verified = await restarted.call(VERIFY, {}, admin);
      expect(verified.data.verifyLog).toMatchObject({ ok: true, digests: 2, signedDigests: 1 });
    } finally {
      await restarted.close();
    }
  });
});
