import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPgliteEventStore, createPostgresEventStore } from '@duban/event-store';
import type { NewEvent, SqlEventStore } from '@duban/event-store';
import { median, ratePerSecond, round } from './measure.js';

/**
 * Event store throughput on PostgreSQL and PGlite. Prints one JSON document with the median of
 * BENCH_RUNS runs (each BENCH_DURATION_MS long) for every figure. Never a test: figures only.
 */
const url =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const durationMs = Number(process.env.BENCH_DURATION_MS ?? 1500);
const concurrencies = [1, 8, 32];
const batchSize = 100;
const skipPglite = process.env.BENCH_SKIP_PGLITE === '1';
const skipPostgres = process.env.BENCH_SKIP_POSTGRES === '1';
const groupCommit = process.env.BENCH_GROUP_COMMIT;

const actor = { userId: 'bench', role: 'district_office', unitId: 'unit-bench' };
const payload = {
  title: '行政执法案卷评查',
  unit: 'unit-bench',
  deadline: '2024-12-31',
  figures: { checked: 505 },
};
const newEvent = (): NewEvent => ({
  id: randomUUID(),
  type: 'ProgressReported',
  data: payload,
  metadata: { actor, correlationId: randomUUID() },
});

/** Bare inserts on the same database: one row per transaction, and a batch's rows in one statement. */
interface Baseline {
  single(worker: number): Promise<void>;
  batch(worker: number, events: NewEvent[]): Promise<void>;
}

interface AdapterFigures {
  singleAppendsPerSecond: Record<string, number>;
  /** Appends per call of the append functions during the single-append runs (group commit, ADR 0007). */
  appendsPerServerCall: Record<string, number> | 'group commit off';
  baselineInsertsPerSecond: Record<string, number>;
  appendToBaselineRatio: Record<string, number>;
  batchedEventsPerSecond: Record<string, number>;
  /** The same batches as bare rows: one multi-row INSERT of stream, data and metadata per transaction. */
  baselineBatchedEventsPerSecond: Record<string, number>;
  batchedToBaselineRatio: Record<string, number>;
  globalReadEventsPerSecond: number;
  eventsReadPerRun: number;
}

async function measureAdapter(
  store: SqlEventStore,
  baseline: Baseline,
  batchWriters: number[],
): Promise<AdapterFigures> {
  // Open every pooled connection and prepare the statements before anything is timed.
  const widest = Math.max(...concurrencies);
  await ratePerSecond(widest, 300, async (worker, i) => {
    await store.append(`warm-up-${worker}-${i}`, [newEvent()], 'no_stream');
    await baseline.single(worker);
    return 1;
  });
  const single: Record<string, number> = {};
  const base: Record<string, number> = {};
  const ratio: Record<string, number> = {};
  const perCall: Record<string, number> = {};
  let generation = 0;
  for (const writers of concurrencies) {
    const appendRuns: number[] = [];
    const statsBefore = store.groupCommitStats;
    const baselineRuns: number[] = [];
    for (let run = 0; run < runs; run++) {
      // Distinct streams per writer and run; each writer tracks its stream's version.
      const prefix = `single-${writers}-${generation++}`;
      const versions = new Array<number>(writers).fill(-1);
      appendRuns.push(
        await ratePerSecond(writers, durationMs, async (worker) => {
          const result = await store.append(`${prefix}-${worker}`, [newEvent()], versions[worker]!);
          versions[worker] = result.nextExpectedVersion;
          return 1;
        }),
      );
      baselineRuns.push(
        await ratePerSecond(writers, durationMs, async (worker) => {
          await baseline.single(worker);
          return 1;
        }),
      );
    }
    const statsAfter = store.groupCommitStats;
    if (statsBefore && statsAfter) {
      perCall[writers] =
        Math.round(
          ((statsAfter.appends - statsBefore.appends) / (statsAfter.calls - statsBefore.calls)) * 100,
        ) / 100;
    }
    single[writers] = round(median(appendRuns));
    base[writers] = round(median(baselineRuns));
    ratio[writers] = Math.round((median(appendRuns) / median(baselineRuns)) * 100) / 100;
  }

  const batched: Record<string, number> = {};
  const batchBase: Record<string, number> = {};
  const batchRatio: Record<string, number> = {};
  for (const writers of batchWriters) {
    const batchRuns: number[] = [];
    const baselineRuns: number[] = [];
    for (let run = 0; run < runs; run++) {
      const prefix = `batch-${writers}-${generation++}`;
      const versions = new Array<number>(writers).fill(-1);
      batchRuns.push(
        await ratePerSecond(writers, durationMs, async (worker) => {
          const events = Array.from({ length: batchSize }, newEvent);
          const result = await store.append(`${prefix}-${worker}`, events, versions[worker]!);
          versions[worker] = result.nextExpectedVersion;
          return batchSize;
        }),
      );
      baselineRuns.push(
        await ratePerSecond(writers, durationMs, async (worker) => {
          await baseline.batch(worker, Array.from({ length: batchSize }, newEvent));
          return batchSize;
        }),
      );
    }
    batched[writers] = round(median(batchRuns));
    batchBase[writers] = round(median(baselineRuns));
    batchRatio[writers] = Math.round((median(batchRuns) / median(baselineRuns)) * 100) / 100;
  }

  const readRuns: number[] = [];
  let eventsRead = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    let count = 0;
    let after = undefined;
    for (;;) {
      const page = await store.readAll({ after, limit: 1000 });
      if (page.length === 0) break;
      count += page.length;
      after = page[page.length - 1]!.checkpoint;
      if (performance.now() - started > durationMs * 2) break;
    }
    eventsRead = count;
    readRuns.push(count / ((performance.now() - started) / 1000));
  }

  return {
    singleAppendsPerSecond: single,
    appendsPerServerCall: store.groupCommitStats ? perCall : 'group commit off',
    baselineInsertsPerSecond: base,
    appendToBaselineRatio: ratio,
    batchedEventsPerSecond: batched,
    baselineBatchedEventsPerSecond: batchBase,
    batchedToBaselineRatio: batchRatio,
    globalReadEventsPerSecond: round(median(readRuns)),
    eventsReadPerRun: eventsRead,
  };
}

/** Creates the baseline tables in `schema` and returns the bare inserts into them, through `query`. */
async function bareInserts(
  query: (text: string, params?: unknown[]) => Promise<unknown>,
  schema: string,
): Promise<Baseline> {
  await query(
    `create table "${schema}".baseline (id bigserial primary key, stream_id text not null, data jsonb not null)`,
  );
  await query(
    `create table "${schema}".baseline_batch (
       id bigserial primary key, stream_id text not null, data jsonb not null, metadata jsonb not null
     )`,
  );
  const body = JSON.stringify(payload);
  return {
    single: async (worker) => {
      await query(`insert into "${schema}".baseline (stream_id, data) values ($1, $2)`, [`w${worker}`, body]);
    },
    batch: async (worker, events) => {
      await query(
        `insert into "${schema}".baseline_batch (stream_id, data, metadata)
         select $1, e->'data', e->'metadata' from jsonb_array_elements($2::jsonb) as e`,
        [`w${worker}`, JSON.stringify(events)],
      );
    },
  };
}

async function benchPostgres(): Promise<AdapterFigures & { server: string }> {
  const schema = `bench_${process.pid}_${randomUUID().slice(0, 6)}`;
  const store = createPostgresEventStore({
    connectionString: url,
    schema,
    poolSize: Math.max(...concurrencies),
    // BENCH_GROUP_COMMIT=off measures appends sent one by one; a number sets the appends in flight.
    ...(groupCommit === 'off'
      ? { groupCommit: false as const }
      : groupCommit
        ? { groupCommit: { maxInFlight: Number(groupCommit) } }
        : {}),
  });
  const pool = new pg.Pool({ connectionString: url, max: Math.max(...concurrencies) });
  try {
    await store.init();
    const baseline = await bareInserts((text, params) => pool.query(text, params), schema);
    const figures = await measureAdapter(store, baseline, [1, 8]);
    const { rows } = await pool.query<{ v: string }>('select version() as v');
    return { server: rows[0]!.v.split(' on ')[0]!, ...figures };
  } finally {
    await pool.query(`drop schema if exists "${schema}" cascade`).catch(() => undefined);
    await pool.end();
    await store.close();
  }
}

async function benchPglite(): Promise<AdapterFigures & { dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'duban-bench-'));
  const store = createPgliteEventStore({ dataDir });
  try {
    await store.init();
    const baseline = await bareInserts((text, params) => store.sql.query(text, params), store.schema);
    const figures = await measureAdapter(store, baseline, [1]);
    return { dataDir: 'temporary directory on local disk', ...figures };
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const goals = {
  postgresSingleAppendsPerSecondWith8Writers: 5000,
  postgresAppendToBaselineRatioWith8Writers: 0.5,
  postgresBatchedEventsPerSecond: 50_000,
  postgresGlobalReadEventsPerSecond: 100_000,
  pgliteSingleAppendsPerSecond: 2000,
};

// Figures on a shared machine move with its load; the load averages make runs comparable.
const report: Record<string, unknown> = {
  runs,
  durationMs,
  batchSize,
  concurrencies,
  cpus: cpus().length,
  loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  goals,
};
if (!skipPostgres) report.postgres = await benchPostgres();
if (!skipPglite) report.pglite = await benchPglite();

const pgFigures = report.postgres as AdapterFigures | undefined;
const pgliteFigures = report.pglite as AdapterFigures | undefined;
report.goalsMet = {
  ...(pgFigures && {
    postgresSingleAppendsWith8Writers:
      pgFigures.singleAppendsPerSecond['8']! >= goals.postgresSingleAppendsPerSecondWith8Writers,
    postgresRatioWith8Writers:
      pgFigures.appendToBaselineRatio['8']! >= goals.postgresAppendToBaselineRatioWith8Writers,
    postgresBatched:
      Math.max(...Object.values(pgFigures.batchedEventsPerSecond)) >= goals.postgresBatchedEventsPerSecond,
    postgresGlobalRead: pgFigures.globalReadEventsPerSecond >= goals.postgresGlobalReadEventsPerSecond,
  }),
  ...(pgliteFigures && {
    pgliteSingleAppends:
      Math.max(...Object.values(pgliteFigures.singleAppendsPerSecond)) >= goals.pgliteSingleAppendsPerSecond,
  }),
};
report.loadAverageAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);
console.log(JSON.stringify(report, null, 2));
