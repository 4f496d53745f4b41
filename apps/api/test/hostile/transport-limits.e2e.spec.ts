import { connect } from 'node:net';
import { request } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { GraphqlResponse, TestApp } from '../support/start-test-app.js';
import { startHostileApp } from './support/hostile-world.js';

const MAX_BYTES = 64 * 1024;
const METRICS_TOKEN = 'scraper-token-0123456789abcdef';
const LIST = '00000000-0000-4000-8000-000000000001';

/** The refusal as a client reads it: each error's code and reason, in order. */
const refusal = (result: GraphqlResponse) =>
  (result.errors ?? []).map((e) => `${e.extensions?.code}/${e.extensions?.reason}`);
const reasons = (result: GraphqlResponse) => (result.errors ?? []).map((e) => e.extensions?.reason);

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const AS_OF_PROGRESS = `departmentProgress(taskListId: "${LIST}", asOf: "2024-06-30T16:00:00Z") { taskListId }`;
const PROGRESS = `departmentProgress(taskListId: "${LIST}") { taskListId }`;

/** Sends one message over a raw graphql-ws socket after the handshake and resolves with the close. */
const sendRaw = (url: string, message: string): Promise<{ code: number }> =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data) => {
      if ((JSON.parse(String(data)) as { type: string }).type === 'connection_ack') socket.send(message);
    });
    socket.on('close', (code) => resolve({ code }));
    socket.on('error', reject);
  });

describe('the same limits on every transport: WebSocket operations, expensive fields, bodies, slow clients', () => {
  let app: TestApp;
  let token: string;
  /** An operation over WebSocket (graphql-ws), as the web app's subscriptions are sent. */
  const overSocket = async (query: string, variables?: Record<string, unknown>) =>
    (await app.subscribe(query, { token, ...(variables ? { variables } : {}) }))[0]!;

  beforeAll(async () => {
    app = await startHostileApp({
      env: {
        DUBAN_MAX_QUERY_DEPTH: '3',
        DUBAN_MAX_QUERY_COMPLEXITY: '3000',
        DUBAN_MAX_QUERY_TOKENS: '2000',
        DUBAN_EXPENSIVE_FIELD_COST: '1000',
        DUBAN_MAX_EXPENSIVE_FIELDS: '5',
        DUBAN_EXPENSIVE_MUTATION_LIMIT: '2',
        DUBAN_GRAPHQL_MAX_BYTES: String(MAX_BYTES),
        DUBAN_UPLOAD_MAX_BYTES: String(1024 * 1024),
        DUBAN_REQUEST_TIMEOUT_MS: '1500',
        DUBAN_IDLE_TIMEOUT_MS: '3000',
        DUBAN_PUBLIC_METRICS: 'false',
        DUBAN_METRICS_TOKEN: METRICS_TOKEN,
      },
    });
    token = await app.adminToken();
  }, 180_000);
  afterAll(() => app?.close());

  it('refuses over WebSocket every document that HTTP refuses, with the same code and reason', async () => {
    const cases: Array<[string, string, Record<string, unknown>?]> = [
      // 40 aliases of a paged list with nested lists: far over the cost limit.
      ['QUERY_TOO_COMPLEX', aliases(40, 'tasks(page: { first: 200 }) { items { id } }')],
      ['QUERY_TOO_DEEP', '{ tasks { items { timeline { at } } } }'],
      ['GRAPHQL_PARSE_FAILED', aliases(800, '__typename')],
      ['GRAPHQL_PARSE_FAILED', '{ tasks { items { id } '],
      ['GRAPHQL_VALIDATION_FAILED', '{ noSuchField }'],
      ['TOO_MANY_EXPENSIVE_FIELDS', aliases(6, 'verifyLog { ok }')],
      ['BAD_USER_INPUT', 'query($n: Int!) { logDigests(last: $n) { __typename } }', { n: 'many' }],
    ];
    for (const [reason, query, variables] of cases) {
      const overHttp = await app.gql(query, variables, token);
      const overWs = await overSocket(query, variables);
      expect({ reason, http: reasons(overHttp) }).toEqual({ reason, http: expect.arrayContaining([reason]) });
      expect({ reason, ws: refusal(overWs) }).toEqual({ reason, ws: refusal(overHttp) });
      expect(refusal(overWs).every((r) => r.startsWith('VALIDATION/'))).toBe(true);
      expect(overWs.data ?? null).toBeNull();
    }
  });

  it('closes a socket that sends a message over the GraphQL body limit, before reading it as GraphQL', async () => {
    const query = `{ __typename ${' '.repeat(MAX_BYTES)} }`;
    const closed = await sendRaw(
      app.graphqlUrl,
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }),
    );
    expect(closed.code).toBe(1009);
  });

  it('refuses bad dates and times as coded validation errors over HTTP and WebSocket, never as internal ones', async () => {
    const bad = ['not-a-date', '+275760-09-13T00:00:00Z', 'yesterday', '2024-13-45', '0000-01-01T00:00:00Z'];
    for (const value of bad) {
      const literal = `{ departmentProgress(taskListId: "${LIST}", asOf: ${JSON.stringify(value)}) { taskListId } }`;
      const variable = 'query($at: DateTime) { task(id: "x", asOf: $at) { id } }';
      const audit = 'query($from: DateTime) { auditLog(filter: { from: $from }) { total } }';
      for (const result of [
        await app.gql(literal, undefined, token),
        await app.gql(variable, { at: value }, token),
        await app.gql(audit, { from: value }, token),
        await overSocket(literal),
        await overSocket(variable, { at: value }),
      ]) {
        expect({ value, codes: refusal(result) }).toEqual({
          value,
          codes: [expect.stringMatching(/^VALIDATION\//)],
        });
      }
    }
    // A good date passes the scalar: whatever the answer, it is not a refusal of the date.
    const good = await app.gql(
      'query($from: DateTime) { auditLog(filter: { from: $from }) { total } }',
      { from: '2024-06-30T16:00:00Z' },
      token,
    );
    expect(good.errors).toBeUndefined();
  });

  it('weighs an as-of view by its replay: a few pass, more are refused, while as many plain views pass', async () => {
    expect(reasons(await app.gql(aliases(2, AS_OF_PROGRESS), undefined, token))).not.toContain(
      'QUERY_TOO_COMPLEX',
    );
    expect(reasons(await app.gql(aliases(3, AS_OF_PROGRESS), undefined, token))).toContain(
      'QUERY_TOO_COMPLEX',
    );
    expect(reasons(await app.gql(aliases(3, PROGRESS), undefined, token))).not.toContain('QUERY_TOO_COMPLEX');
    // The 450 as-of aliases and 300 verifyLog aliases never run.
    for (const query of [aliases(450, AS_OF_PROGRESS), aliases(300, 'verifyLog { ok }')]) {
      expect(refusal(await app.gql(query, undefined, token))[0]).toMatch(/^VALIDATION\//);
      expect(refusal(await overSocket(query))[0]).toMatch(/^VALIDATION\//);
    }
  });

  it('rate-limits expensive mutations per user: a burst of report drafts is cut off with RATE_LIMITED and Retry-After', async () => {
    const draft = JSON.stringify({
      query: 'mutation { generateAnnualReport(year: 2024) { id } }',
    });
    const send = () =>
      fetch(app.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: draft,
      });
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const response = await send();
      answers.push({
        retryAfter: response.headers.get('retry-after'),
        body: (await response.json()) as GraphqlResponse,
      });
    }
    expect(answers.slice(0, 2).map((a) => refusal(a.body)[0] ?? 'OK')).not.toContain(
      'RATE_LIMITED/TOO_MANY_EXPENSIVE_OPERATIONS',
    );
    for (const answer of answers.slice(2)) {
      expect(refusal(answer.body)).toEqual(['RATE_LIMITED/TOO_MANY_EXPENSIVE_OPERATIONS']);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
  });

  it('gives GraphQL its own small body limit, while evidence uploads keep theirs', async () => {
    const big = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(2 * MAX_BYTES) } });
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'VALIDATION', reason: 'BODY_TOO_LARGE' });

    const form = new FormData();
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4 * MAX_BYTES, 0x41)]);
    form.append('file', new Blob([pdf]), '证据.pdf');
    const upload = await fetch(`${app.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(upload.status).toBe(201);
  });

  it('answers 408 and closes a request whose body trickles in a byte at a time', async () => {
    const url = new URL(app.graphqlUrl);
    const outcome = await new Promise<string>((resolve) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '1000' },
      });
      const drip = setInterval(() => req.write('{'), 200);
      const done = (what: string) => {
        clearInterval(drip);
        clearTimeout(bound);
        resolve(what);
      };
      // A bound on the wait, so a server that never closes fails the test rather than hanging it.
      const bound = setTimeout(() => done('still open'), 15_000);
      req.on('response', (res) => done(`HTTP ${res.statusCode}`));
      req.on('error', () => done('closed'));
      req.on('close', () => done('closed'));
    });
    expect(['HTTP 408', 'closed']).toContain(outcome);
    expect(outcome).not.toBe('still open');
  });

  it('closes a connection that sends nothing', async () => {
    const url = new URL(app.url);
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect(Number(url.port), url.hostname);
      socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n');
      const bound = setTimeout(() => {
        socket.destroy();
        resolve('still open');
      }, 15_000);
      socket.on('close', () => {
        clearTimeout(bound);
        resolve('closed');
      });
      socket.on('error', () => undefined);
    });
    expect(outcome).toBe('closed');
  });

  it('bounds introspection: the standard query runs, a nested one is refused on both transports', async () => {
    const standard = await app.gql(getIntrospectionQuery(), undefined, token);
    expect(standard.errors).toBeUndefined();
    expect(standard.data.__schema.queryType.name).toBe('Query');
    const ofTypes = (depth: number): string => (depth === 0 ? 'name' : `ofType { ${ofTypes(depth - 1)} }`);
    const nested = [
      // graphql-js's own introspection rule counts nested fields, interfaces and possible types only.
      `{ __type(name: "Query") { fields { type { ${ofTypes(30)} } } } }`,
      '{ __schema { types { fields { args { type { enumValues { name } } } } } } }',
    ];
    for (const query of nested) {
      expect(reasons(await app.gql(query, undefined, token))).toEqual(['QUERY_TOO_DEEP']);
      expect(reasons(await overSocket(query))).toEqual(['QUERY_TOO_DEEP']);
    }
  });

  it('answers /metrics only to the scraper token and administrators when public metrics are off', async () => {
    const metrics = (authorization?: string) =>
      fetch(`${app.url}/metrics`, { headers: authorization ? { authorization } : {} });
    expect((await metrics()).status).toBe(401);
    expect((await metrics('Bearer wrong-token-0123456789abcdef')).status).toBe(401);
    const scraped = await metrics(`Bearer ${METRICS_TOKEN}`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('duban_projection_lag_events');
    expect((await metrics(`Bearer ${token}`)).status).toBe(200);
  });
});
