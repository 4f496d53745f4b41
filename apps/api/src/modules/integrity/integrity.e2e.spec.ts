import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlEventStore } from '@duban/event-store';
import { startTestApp } from '../../../test/support/start-test-app.js';
import type { TestApp } from '../../../test/support/start-test-app.js';

const DIGEST_FIELDS =
  'eventId sequence recordedAt hash root algorithm streamCount eventCount checkpoint previousDigestHash anchorText';
const LIST = `query($last: Int) { logDigests(last: $last) { ${DIGEST_FIELDS} } }`;
const RECORD = `mutation { recordLogDigest { recorded digest { ${DIGEST_FIELDS} } } }`;
const VERIFY = `query { verifyLog { ok events streams digests checkedThrough
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
    expect(clean.data.verifyLog).toMatchObject({ ok: true, digests: 2, firstBreak: null, breaks: [] });
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
