/**
 * The command path as a client meets it: the API started as its own process (server mode on the local
 * PostgreSQL, or embedded with BENCH_STORE=embedded), a small district built through GraphQL, then
 * acknowledgements, progress reports and urges sent over HTTP by 1, 8 and 32 writers on distinct
 * tasks, and `departmentProgress` read by 50 clients while writers run at a steady rate. Prints one
 * JSON document: commands/s, latency percentiles and the server's CPU time per command (read from
 * /proc), each the median of BENCH_RUNS runs.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Pool } from 'undici';
import { median } from './measure.js';

const API_DIST = fileURLToPath(new URL('../../apps/api/dist/', import.meta.url));
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const EMBEDDED = process.env.BENCH_STORE === 'embedded';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 3000);
const UNITS = 8;
const TASKS_PER_UNIT = 8;
const ADMIN_PASSWORD = `Bench#${randomBytes(6).toString('hex')}`;
const PASSWORD = 'Bench#Officer2026';
const CLOCK_TICKS = 100;

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

/** The server process's CPU time so far, in milliseconds (user + system, from /proc). */
const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
};

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

async function main() {
  const schema = `bench_cmd_${randomBytes(4).toString('hex')}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'duban-bench-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DUBAN_DATA_DIR: dataDir,
    DUBAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DUBAN_SEED_DEMO: 'false',
    DUBAN_URGE_INTERVAL_MS: '0',
    ...(EMBEDDED
      ? { DUBAN_MODE: 'embedded' }
      : {
          DUBAN_MODE: 'server',
          DATABASE_URL,
          DUBAN_DB_SCHEMA: schema,
          DUBAN_JWT_SECRET: randomBytes(32).toString('base64url'),
        }),
  };
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, `${API_DIST}main.js`], { env, stdio: 'ignore' });
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 128, pipelining: 1 });
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await pool.request({
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.body.json()) as { data?: any; errors?: { message: string }[] };
  };
  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const result = await gql(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data as Record<string, any>)[0];
  };
  try {
    for (let i = 0; ; i++) {
      const up = await gql('{ health { status } }').then(
        (r) => r.data?.health?.status === 'ok',
        () => false,
      );
      if (up) break;
      if (i > 600) throw new Error('the API did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const login = async (username: string, password: string) =>
      (
        await gql('mutation L($i: LoginInput!) { login(input: $i) { accessToken } }', {
          i: { username, password },
        })
      ).data.login.accessToken as string;
    const admin = await login('admin', ADMIN_PASSWORD);

    // A district: units, an officer each, the office, one list of tasks led by each unit, issued.
    const year = new Date().getFullYear();
    const unitIds = Array.from({ length: UNITS }, (_, i) => `bench-u${i}`);
    for (const unitId of unitIds) {
      await ok(
        'mutation($i: RegisterUnitInput!) { registerUnit(input: $i) { id } }',
        { i: { unitId, name: `单位${unitId}`, kind: 'DEPARTMENT' } },
        admin,
      );
    }
    const register = (username: string, role: string, unitId: string | null) =>
      ok(
        'mutation($i: RegisterUserInput!) { registerUser(input: $i) { id } }',
        { i: { username, displayName: username, role, unitId, password: PASSWORD } },
        admin,
      );
    await register('bench.office', 'DISTRICT_OFFICE', null);
    const office = await login('bench.office', PASSWORD);
    const officers: string[] = [];
    for (const unitId of unitIds) {
      await register(`${unitId}.officer`, 'UNIT_OFFICER', unitId);
      officers.push(await login(`${unitId}.officer`, PASSWORD));
    }
    const list = await ok(
      'mutation($i: DraftTaskListInput!) { draftTaskList(input: $i) { id } }',
      { i: { year, title: '性能测试清单', documentNumber: '测〔1〕号', areas: ['依法决策'] } },
      office,
    );
    const tasksOf: string[][] = unitIds.map(() => []);
    for (let t = 0; t < TASKS_PER_UNIT; t++) {
      for (const [u, unitId] of unitIds.entries()) {
        const task = await ok(
          'mutation($i: AddTaskInput!) { addTask(input: $i) { id } }',
          {
            i: {
              listId: list.id,
              area: '依法决策',
              title: `任务${u}-${t}`,
              description: '说明',
              leadUnitId: unitId,
              cooperatingUnitIds: [],
              deadline: `${year}-12-31`,
            },
          },
          office,
        );
        tasksOf[u]!.push(task.id);
      }
    }
    await ok('mutation($id: ID!) { issueTaskList(listId: $id) { id } }', { id: list.id }, office);

    /** Runs `writers` loops for the duration; each call sends one command and records its latency. */
    const phase = async (
      writers: number,
      command: (writer: number, iteration: number) => Promise<void>,
      durationMs = DURATION_MS,
    ) => {
      const latencies: number[] = [];
      const cpuBefore = cpuMs(server.pid!);
      const started = performance.now();
      const deadline = started + durationMs;
      let errors = 0;
      await Promise.all(
        Array.from({ length: writers }, async (_, writer) => {
          for (let i = 0; performance.now() < deadline; i++) {
            const t0 = performance.now();
            try {
              await command(writer, i);
              latencies.push(performance.now() - t0);
            } catch {
              errors += 1;
            }
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const cpu = cpuMs(server.pid!) - cpuBefore;
      latencies.sort((a, b) => a - b);
      return {
        commandsPerSecond: latencies.length / seconds,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        serverCpuMsPerCommand: latencies.length === 0 ? null : cpu / latencies.length,
        errors,
      };
    };
    /** The writer's own task: writer w of n takes unit w % UNITS, task ⌊w / UNITS⌋ of that unit. */
    const taskOf = (writer: number) => tasksOf[writer % UNITS]![Math.floor(writer / UNITS) % TASKS_PER_UNIT]!;
    const tokenOf = (writer: number) => officers[writer % UNITS]!;

    // Acknowledgements: each task once, every unit at once.
    const ackLatencies: number[] = [];
    const ackCpu = cpuMs(server.pid!);
    const ackStart = performance.now();
    await Promise.all(
      unitIds.map(async (_, u) => {
        for (const taskId of tasksOf[u]!) {
          const t0 = performance.now();
          await ok(
            'mutation($id: ID!) { acknowledgeTask(taskId: $id) { id } }',
            { id: taskId },
            officers[u]!,
          );
          ackLatencies.push(performance.now() - t0);
        }
      }),
    );
    ackLatencies.sort((a, b) => a - b);
    const acknowledge = {
      writers: UNITS,
      commandsPerSecond: ackLatencies.length / ((performance.now() - ackStart) / 1000),
      p50: percentile(ackLatencies, 50),
      p95: percentile(ackLatencies, 95),
      serverCpuMsPerCommand: (cpuMs(server.pid!) - ackCpu) / ackLatencies.length,
    };

    const percents = new Map<string, number>();
    const report = (writer: number) => {
      const taskId = taskOf(writer);
      const percent = Math.min(100, (percents.get(taskId) ?? 0) + 1);
      percents.set(taskId, percent);
      return ok(
        'mutation($i: ReportTaskProgressInput!) { reportTaskProgress(input: $i) { id percent } }',
        { i: { taskId, percent, narrative: '按计划推进' } },
        tokenOf(writer),
      );
    };
    const urge = (writer: number) =>
      ok(
        'mutation($i: UrgeTaskInput!) { urgeTask(input: $i) { id } }',
        { i: { taskId: taskOf(writer), message: '请抓紧办理' } },
        office,
      );
    type PhaseResult = Awaited<ReturnType<typeof phase>>;
    const runs = async (fn: () => Promise<PhaseResult>) => {
      const results: PhaseResult[] = [];
      for (let r = 0; r < RUNS; r++) results.push(await fn());
      const m = (key: keyof PhaseResult) =>
        round1(median(results.map((result) => (result[key] as number | null) ?? 0)));
      return {
        commandsPerSecond: m('commandsPerSecond'),
        p50: m('p50'),
        p95: m('p95'),
        p99: m('p99'),
        serverCpuMsPerCommand: m('serverCpuMsPerCommand'),
        errors: results.reduce((sum, result) => sum + result.errors, 0),
      };
    };
    const reports: Record<string, unknown> = {};
    for (const writers of [1, 8, 32]) reports[`writers${writers}`] = await runs(() => phase(writers, report));
    const urges: Record<string, unknown> = {};
    for (const writers of [1, 8]) urges[`writers${writers}`] = await runs(() => phase(writers, urge));

    // Reads while writing: 4 writers paced to about 50 commands/s in all, 50 readers.
    const progressQuery = `query($id: ID!) { departmentProgress(taskListId: $id) { totals { tasksLed inProgress }
      units { unitId tasksLed completed overdue } } }`;
    const readLatencies: number[] = [];
    const readDeadline = performance.now() + DURATION_MS * 2;
    let written = 0;
    await Promise.all([
      ...Array.from({ length: 4 }, async (_, w) => {
        while (performance.now() < readDeadline) {
          const t0 = performance.now();
          await report(w).catch(() => undefined);
          written += 1;
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, 80 - (performance.now() - t0))));
        }
      }),
      ...Array.from({ length: 50 }, async () => {
        while (performance.now() < readDeadline) {
          const t0 = performance.now();
          await ok(progressQuery, { id: list.id }, office);
          readLatencies.push(performance.now() - t0);
        }
      }),
    ]);
    readLatencies.sort((a, b) => a - b);
    const readsDuringWrites = {
      readers: 50,
      writesPerSecond: round1(written / ((DURATION_MS * 2) / 1000)),
      readsPerSecond: round1(readLatencies.length / ((DURATION_MS * 2) / 1000)),
      p50: round1(percentile(readLatencies, 50)),
      p95: round1(percentile(readLatencies, 95)),
    };

    console.log(
      JSON.stringify(
        {
          benchmark: 'commands',
          store: EMBEDDED ? 'embedded (PGlite)' : 'server (PostgreSQL)',
          node: process.version,
          runs: RUNS,
          durationMs: DURATION_MS,
          loadAverageAtStart: loadavg(),
          district: { units: UNITS, tasks: UNITS * TASKS_PER_UNIT },
          acknowledge: {
            ...acknowledge,
            commandsPerSecond: round1(acknowledge.commandsPerSecond),
            p50: round1(acknowledge.p50),
            p95: round1(acknowledge.p95),
            serverCpuMsPerCommand: round1(acknowledge.serverCpuMsPerCommand),
          },
          progressReports: reports,
          urges,
          readsDuringWrites,
          loadAverageAtEnd: loadavg(),
        },
        null,
        2,
      ),
    );
  } finally {
    server.kill('SIGTERM');
    await pool.close();
    await rm(dataDir, { recursive: true, force: true });
    if (!EMBEDDED) {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
