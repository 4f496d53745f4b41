/**
 * Read-model benchmark (prints JSON): a district of 17 units, 2,000 tasks and 100,000 events in a
 * schema of its own on local PostgreSQL; then, through the built API (`apps/api/dist`):
 * - rebuild rate of the read model (the `rebuild-projections` CLI), events per second;
 * - departmentProgress latency over HTTP with 50 concurrent clients, p50 and p95;
 * - departmentProgress as of a past date (a replay of the log), milliseconds.
 * Each figure is the median of several runs. Needs `pnpm --filter @duban/api run build` first.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createPostgresEventStore, generateDigestSigningKey } from '@duban/event-store';
import type { RecordedEvent } from '@duban/event-store';
import pg from 'pg';
import { Pool } from 'undici';
import { median } from './measure.js';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const UNITS = 17;
const TASKS = 2000;
const EVENTS = 100_000;
const CLIENTS = 50;
const REQUESTS_PER_CLIENT = 40;
const RUNS = 3;
const API_DIST = fileURLToPath(new URL('../../apps/api/dist/', import.meta.url));
/** BENCH_SCHEMA keeps the data (and reuses it when present) for profiling; otherwise a fresh schema is dropped after. */
const SCHEMA = process.env.BENCH_SCHEMA ?? `bench_rm_${randomBytes(4).toString('hex')}`;
const LIST_ID = 'bench-list';
const AREAS = [
  '思想引领与统筹',
  '政务服务与营商环境',
  '依法决策',
  '行政执法',
  '矛盾纠纷化解',
  '监督制约',
  '普法宣传',
];
const ADMIN_PASSWORD = 'Bench-Admin-Passw0rd!';
const START = Date.parse('2024-03-01T09:00:00+08:00');
const SPAN_MS = 270 * 86_400_000;

/** The synthetic history: every task's life in its stream, times spread over the year. */
function history(): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  const positions = new Map<string, number>();
  let clock = START;
  const push = (
    streamId: string,
    type: string,
    data: Record<string, unknown>,
    unitId: string | null = null,
  ) => {
    const position = positions.get(streamId) ?? 0;
    positions.set(streamId, position + 1);
    const recordedAt = new Date(clock).toISOString();
    events.push({
      id: randomUUID(),
      streamId,
      streamPosition: position,
      globalPosition: 0n,
      type,
      data,
      metadata: {
        actor: {
          userId: unitId ? `officer-${unitId}` : 'office',
          role: unitId ? 'UNIT_OFFICER' : 'DISTRICT_OFFICE',
          unitId,
        },
        recordedAt,
      },
      recordedAt,
    });
  };
  const at = () => new Date(clock).toISOString();
  for (let u = 0; u < UNITS; u++) {
    push(`unit-u${u}`, 'UnitRegistered', {
      unitId: `u${u}`,
      name: `单位${u}`,
      kind: u < 11 ? 'DEPARTMENT' : 'TOWNSHIP',
      registeredAt: at(),
    });
  }
  push(`tasklist-${LIST_ID}`, 'TaskListDrafted', {
    listId: LIST_ID,
    year: 2024,
    title: '任务清单',
    documentNumber: null,
    areas: AREAS,
    draftedAt: at(),
  });
  const tasks = Array.from({ length: TASKS }, (_, i) => ({
    taskId: `t${i}`,
    listId: LIST_ID,
    area: AREAS[i % AREAS.length]!,
    title: `任务 ${i}`,
    lead: `u${i % UNITS}`,
    cooperating: [`u${(i + 1) % UNITS}`, `u${(i + 5) % UNITS}`],
    deadline: new Date(START + ((i % 200) + 60) * 86_400_000).toISOString().slice(0, 10),
  }));
  const ref = (t: (typeof tasks)[number]) => ({
    taskId: t.taskId,
    listId: t.listId,
    area: t.area,
    title: t.title,
  });
  const content = (t: (typeof tasks)[number]) => ({
    description: '说明',
    leadUnitId: t.lead,
    cooperatingUnitIds: t.cooperating,
    deadline: t.deadline,
    indicators: { indicators: [], rates: [] },
  });
  for (const t of tasks) {
    push(`tasklist-${LIST_ID}`, 'TaskAddedToList', {
      listId: LIST_ID,
      taskId: t.taskId,
      area: t.area,
      addedAt: at(),
    });
    push(`task-${t.taskId}`, 'TaskDrafted', { ...ref(t), ...content(t), draftedAt: at() });
  }
  push(`tasklist-${LIST_ID}`, 'TaskListIssued', {
    listId: LIST_ID,
    year: 2024,
    title: '任务清单',
    documentNumber: '1号',
    areas: AREAS,
    taskIds: tasks.map((t) => t.taskId),
    issuedAt: at(),
  });
  for (const t of tasks) {
    push(`task-${t.taskId}`, 'TaskAssigned', { ...ref(t), ...content(t), assignedAt: at() });
    push(
      `task-${t.taskId}`,
      'TaskAcknowledged',
      { ...ref(t), unitId: t.lead, unitRole: 'LEAD', leadUnitId: t.lead, acknowledgedAt: at() },
      t.lead,
    );
    for (const c of t.cooperating) {
      push(
        `task-${t.taskId}`,
        'TaskAcknowledged',
        { ...ref(t), unitId: c, unitRole: 'COOPERATING', leadUnitId: t.lead, acknowledgedAt: at() },
        c,
      );
    }
  }
  const closing = 2 * TASKS * 0.5;
  const reports = EVENTS - events.length - closing;
  const percent = new Map<string, number>();
  for (let r = 0; r < reports; r++) {
    clock = START + Math.floor((r / reports) * SPAN_MS * 0.9);
    const t = tasks[(r * 7919) % TASKS]!;
    const unitId = r % 3 === 0 ? t.cooperating[r % 2]! : t.lead;
    const key = `${t.taskId}/${unitId}`;
    const p = Math.min(99, (percent.get(key) ?? 0) + 3);
    percent.set(key, p);
    push(
      `task-${t.taskId}`,
      'TaskProgressReported',
      {
        ...ref(t),
        unitId,
        unitRole: unitId === t.lead ? 'LEAD' : 'COOPERATING',
        leadUnitId: t.lead,
        percent: p,
        narrative: '进展',
        figures: {},
        figuresToDate: {},
        rates: [],
        evidence: [],
        reportedAt: at(),
      },
      unitId,
    );
  }
  clock = START + SPAN_MS * 0.95;
  for (let i = 0; i < TASKS; i += 2) {
    const t = tasks[i]!;
    push(
      `task-${t.taskId}`,
      'TaskCompletionRequested',
      {
        ...ref(t),
        leadUnitId: t.lead,
        summary: '完成',
        evidence: [],
        deadline: t.deadline,
        requestedAt: at(),
      },
      t.lead,
    );
    push(`task-${t.taskId}`, 'TaskAccepted', {
      ...ref(t),
      leadUnitId: t.lead,
      cooperatingUnitIds: t.cooperating,
      deadline: t.deadline,
      completionRequestedAt: at(),
      completedAt: at(),
      onTime: false,
      comment: null,
    });
  }
  return events;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

const r1 = (n: number) => Math.round(n * 10) / 10;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Hits and misses of the read response cache, from the server's /metrics. */
async function readCacheCounters(url: string): Promise<{ hits: number; misses: number }> {
  const text = await (await fetch(url)).text();
  const counter = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { hits: counter('duban_read_cache_hits_total'), misses: counter('duban_read_cache_misses_total') };
}

async function main(): Promise<void> {
  const env = {
    ...process.env,
    DUBAN_MODE: 'server',
    DATABASE_URL,
    DUBAN_DB_SCHEMA: SCHEMA,
    DUBAN_JWT_SECRET: randomBytes(32).toString('base64url'),
    DUBAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DUBAN_SEED_DEMO: 'false',
    DUBAN_DATA_DIR: `/tmp/${SCHEMA}`,
    DUBAN_DIGEST_KEY_FILE: `/tmp/${SCHEMA}/digest-key.pem`,
    // Every task of the synthetic year is overdue: the deadline watcher would append an urge for each
    // a minute after start, in the middle of the measured reads. This measures reads alone.
    DUBAN_URGE_INTERVAL_MS: '0',
    // The load comes from one address at machine speed, and the cache counters are read from /metrics.
    DUBAN_RATE_LIMIT_PER_USER: '1000000',
    DUBAN_RATE_LIMIT_PER_ADDRESS: '1000000',
    DUBAN_PUBLIC_METRICS: 'true',
  };
  mkdirSync(`/tmp/${SCHEMA}`, { recursive: true });
  if (!existsSync(env.DUBAN_DIGEST_KEY_FILE))
    writeFileSync(env.DUBAN_DIGEST_KEY_FILE, generateDigestSigningKey());
  const store = createPostgresEventStore({ connectionString: DATABASE_URL, schema: SCHEMA });
  let server: ReturnType<typeof spawn> | null = null;
  try {
    await store.init();
    const events = history();
    if ((await store.readAll({ limit: 1 })).length === 0) {
      for (let i = 0; i < events.length; i += 5000) await store.restore(events.slice(i, i + 5000));
    }
    if (process.env.BENCH_POPULATE_ONLY) return;

    const rebuilds: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { stdout } = await promisify(execFile)('node', [`${API_DIST}cli.js`, 'rebuild-projections'], {
        env,
        maxBuffer: 1 << 24,
      });
      const line = stdout
        .trim()
        .split('\n')
        .find((l) => l.startsWith('{"command"'));
      rebuilds.push(JSON.parse(line!).eventsPerSecond as number);
    }

    const port = await freePort();
    // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server.
    const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    server = spawn('node', [...nodeArgs, `${API_DIST}main.js`], {
      env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: unknown[] };
    };
    for (let i = 0; ; i++) {
      const ok = await gql('{ health { status } }').then(
        (r) => r.data?.health?.status === 'ok',
        () => false,
      );
      if (ok) break;
      if (i > 600) throw new Error('the API did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const login = await gql('mutation L($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const token = login.data.login.accessToken as string;
    const query = `query P($id: ID!, $asOf: DateTime) { departmentProgress(taskListId: $id, asOf: $asOf) {
      units { unitId tasksLed tasksCooperated acknowledged inProgress completed overdue completionRate onTimeRate lastReportAt trafficLight }
      totals { tasksLed completed overdue completionRate } } }`;
    const first = await gql(query, { id: LIST_ID }, token);
    if (first.errors || first.data.departmentProgress.totals.tasksLed !== TASKS)
      throw new Error(`unexpected answer: ${JSON.stringify(first).slice(0, 500)}`);

    /**
     * p50 and p95 of `CLIENTS` clients sending `REQUESTS_PER_CLIENT` requests each, medians over runs.
     * The clients share one keep-alive pool of `CLIENTS` connections through undici's request API,
     * which costs the load generator (on the same two cores) a fraction of what `fetch` does.
     */
    const pool = new Pool(`http://127.0.0.1:${port}`, { connections: CLIENTS, pipelining: 1 });
    const latency = async (text: string, variables: Record<string, unknown>) => {
      const p50s: number[] = [];
      const p95s: number[] = [];
      const body = JSON.stringify({ query: text, variables });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      for (let run = 0; run < RUNS; run++) {
        const latencies: number[] = [];
        await Promise.all(
          Array.from({ length: CLIENTS }, async () => {
            for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
              const started = performance.now();
              const response = await pool.request({ path: '/graphql', method: 'POST', headers, body });
              const result = (await response.body.json()) as { errors?: unknown[] };
              latencies.push(performance.now() - started);
              if (response.statusCode !== 200 || result.errors) throw new Error(JSON.stringify(result));
            }
          }),
        );
        latencies.sort((a, b) => a - b);
        p50s.push(percentile(latencies, 50));
        p95s.push(percentile(latencies, 95));
      }
      return { p50Ms: r1(median(p50s)), p95Ms: r1(median(p95s)) };
    };
    const progressLatency = await latency(query, { id: LIST_ID });
    // The same load on the cheapest query there is: what the process and machine cost by themselves.
    const baselineLatency = await latency('{ health { status } }', {});
    await pool.close();

    const asOfTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A different moment each run: an answer kept by the read response cache would measure nothing.
      const asOf = new Date(START + SPAN_MS / 2 + run).toISOString();
      const started = performance.now();
      const result = await gql(query, { id: LIST_ID, asOf }, token);
      asOfTimes.push(performance.now() - started);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    }

    console.log(
      JSON.stringify(
        {
          benchmark: 'read-model',
          database: DATABASE_URL.replace(/\/\/[^@]*@/, '//'),
          units: UNITS,
          tasks: TASKS,
          events: events.length,
          runs: RUNS,
          rebuildEventsPerSecond: median(rebuilds),
          departmentProgress: {
            clients: CLIENTS,
            requests: CLIENTS * REQUESTS_PER_CLIENT,
            ...progressLatency,
          },
          healthBaseline: baselineLatency,
          asOfMs: r1(median(asOfTimes)),
          readCache: await readCacheCounters(`http://127.0.0.1:${port}/metrics`),
          loadAverage: (await import('node:os')).loadavg().map(r1),
          goals: { rebuildEventsPerSecond: 20_000, departmentProgressP95Ms: 20, asOfMs: 1000 },
        },
        null,
        2,
      ),
    );
  } finally {
    server?.kill('SIGTERM');
    await store.close();
    if (!process.env.BENCH_SCHEMA) {
      const admin = new pg.Client({ connectionString: DATABASE_URL });
      await admin.connect();
      for (const suffix of ['', '_read', '_projector', '_read_shadow', '_read_retired']) {
        await admin.query(`drop schema if exists "${SCHEMA}${suffix}" cascade`);
      }
      await admin.end();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
