/**
 * Start-up benchmark: how long until a server answers `{ health { status } }` with "ok".
 *
 * - `startCommandWarmMs`: the README's `npx -y pnpm@10 start` with everything built already (Turborepo
 *   replays its build cache) and a data directory seeded before: the everyday restart.
 * - `serverWarmMs`: `node apps/api/dist/main.js` alone on that data directory (no build step).
 * - `firstStartWithDemoMs`: the server on an empty data directory with the demo seed on: the store's
 *   schema, the first administrator, the demo's accounts and recorded history, and the read model.
 *
 * Each figure is the median of BENCH_RUNS (3) runs; one untimed start of the start command comes
 * first, so a stale build is not counted. The `…CpuMs` figures are the server process's CPU time
 * until healthy: on a busy machine the wall times grow with the load, they hardly do. Prints one
 * JSON document.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, round } from './measure.js';

const root = resolve(import.meta.dirname, '../..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const TIMEOUT_MS = Number(process.env.BENCH_START_TIMEOUT_MS ?? 180_000);

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    const body = (await response.json()) as { data?: { health?: { status?: string } } };
    return body.data?.health?.status === 'ok';
  } catch {
    return false;
  }
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, every thread) the process has used, in ms; null without /proc. Unlike the
 * wall time it hardly moves with the machine's load, so runs on a busy machine stay comparable.
 */
function cpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // After "pid (comm) ": state is field 0, utime 11, stime 12.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

interface StartTiming {
  wallMs: number;
  /** CPU time of the started process itself (the server when started directly). */
  cpuMs: number | null;
}

/** Starts `command`, waits until the server it starts is healthy, stops it; returns the times. */
async function timeStart(command: string, args: string[], dataDir: string): Promise<StartTiming> {
  const port = await freePort();
  const started = performance.now();
  // Its own process group, so stopping it stops pnpm, turbo and the server alike.
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DUBAN_MODE: 'embedded',
      DUBAN_DATA_DIR: dataDir,
      DUBAN_SEED_DEMO: 'true',
      DUBAN_ADMIN_PASSWORD: 'Bench#Admin-Start-2024',
    },
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let gone = false;
  void exited.then(() => (gone = true));
  try {
    while (!(await healthy(`http://127.0.0.1:${port}/graphql`))) {
      if (gone) throw new Error(`${command} ${args.join(' ')} exited before it was healthy:\n${errors}`);
      if (performance.now() - started > TIMEOUT_MS) throw new Error(`not healthy after ${TIMEOUT_MS} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
    return { wallMs: performance.now() - started, cpuMs: child.pid ? cpuMs(child.pid) : null };
  } finally {
    if (!gone && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'duban-bench-start-'));
  const warmDir = join(scratch, 'warm');
  const startCommand: [string, string[]] = ['npx', ['-y', 'pnpm@10', 'start']];
  const server: [string, string[]] = [process.execPath, [join(root, 'apps/api/dist/main.js')]];
  const loadAtStart = loadavg();
  try {
    // Builds what is stale and seeds the warm data directory; not counted.
    await timeStart(...startCommand, warmDir);
    const first: StartTiming[] = [];
    const warmStart: StartTiming[] = [];
    const warmServer: StartTiming[] = [];
    for (let run = 0; run < runs; run++) {
      const fresh = join(scratch, `first-${run}`);
      first.push(await timeStart(...server, fresh));
      rmSync(fresh, { recursive: true, force: true });
      warmServer.push(await timeStart(...server, warmDir));
      warmStart.push(await timeStart(...startCommand, warmDir));
    }
    const wall = (timings: StartTiming[]) => round(median(timings.map((t) => t.wallMs)));
    const cpu = (timings: StartTiming[]) =>
      timings.every((t) => t.cpuMs !== null) ? round(median(timings.map((t) => t.cpuMs!))) : null;
    const figures = {
      benchmark: 'start-up',
      node: process.version,
      runs,
      startCommandWarmMs: wall(warmStart),
      serverWarmMs: wall(warmServer),
      serverWarmCpuMs: cpu(warmServer),
      firstStartWithDemoMs: wall(first),
      firstStartWithDemoCpuMs: cpu(first),
      samples: {
        startCommandWarmMs: warmStart.map((t) => round(t.wallMs)),
        serverWarmMs: warmServer.map((t) => round(t.wallMs)),
        firstStartWithDemoMs: first.map((t) => round(t.wallMs)),
      },
      goalsMet: {
        warmStartAtMost3s: wall(warmStart) <= 3000,
        firstStartWithDemoAtMost20s: wall(first) <= 20_000,
      },
      loadAverage: {
        atStart: loadAtStart.map((l) => Number(l.toFixed(2))),
        atEnd: loadavg().map((l) => Number(l.toFixed(2))),
      },
    };
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
