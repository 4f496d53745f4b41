import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const exec = promisify(execFile);

/**
 * A PostgreSQL server of the test's own, in a temporary directory on a free port, that the test may
 * stop, crash and start again. The machine's shared server is never touched: other suites use it.
 */
export interface ThrowawayPostgres {
  port: number;
  dataDir: string;
  /** URL of a database on this server (default `postgres`). */
  url(database?: string): string;
  createDatabase(name: string): Promise<string>;
  /** `fast`: a clean shutdown that ends every session; `immediate`: a crash, recovered from WAL at the next start. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  isRunning(): Promise<boolean>;
  /** The server log so far, for failure messages. */
  log(): Promise<string>;
  /** Stops the server (if running) and deletes its directory. */
  destroy(): Promise<void>;
}

/** The bin directory of the newest installed PostgreSQL with initdb, or null (PG_BIN_DIR overrides). */
export function postgresBinDir(): string | null {
  const given = process.env.PG_BIN_DIR;
  if (given) return existsSync(join(given, 'initdb')) ? given : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * initdb + pg_ctl start. PostgreSQL refuses to run as root, so as root the binaries run as the
 * `postgres` account, which then owns the directory.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('no PostgreSQL server binaries (initdb) found; set PG_BIN_DIR');
  const root = await mkdtemp(join(tmpdir(), 'duban-faults-pg-'));
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await exec('id', ['-u', 'postgres']);
    const { stdout: gid } = await exec('id', ['-g', 'postgres']);
    await chown(root, Number(stdout.trim()), Number(gid.trim()));
  }
  const run = async (program: string, args: string[]) => {
    const file = join(bin, program);
    const { stdout } = asRoot
      ? await exec('runuser', ['-u', 'postgres', '--', file, ...args], { timeout: 120_000 })
      : await exec(file, args, { timeout: 120_000 });
    return stdout;
  };

  await run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  let port = 0;
  const options = () =>
    [
      `-p ${port}`,
      `-k ${root}`,
      '-c listen_addresses=127.0.0.1',
      '-c max_connections=200',
      // A crash of the API must not lose what PostgreSQL acknowledged; skipping the flush to disk
      // (the machine itself does not crash here) keeps the server fast on a loaded test machine.
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c shared_buffers=32MB',
    ].join(' ');
  let running = false;
  const start = async () => {
    // A port taken by someone else between the probe and the start: try another one.
    for (let attempt = 0; ; attempt++) {
      if (!port || attempt > 0) port = await freePort();
      try {
        await run('pg_ctl', ['-D', dataDir, '-o', options(), '-l', logFile, '-w', '-t', '90', 'start']);
        running = true;
        return;
      } catch (error) {
        if (attempt >= 2) throw error;
      }
    }
  };
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  await start();
  const fixedPort = port;
  // Restarts must come back on the same port: clients hold its URL.
  const restartOnSamePort = async () => {
    port = fixedPort;
    await run('pg_ctl', ['-D', dataDir, '-o', options(), '-l', logFile, '-w', '-t', '90', 'start']);
    running = true;
  };

  return {
    get port() {
      return fixedPort;
    },
    dataDir,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`create database "${name}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop(mode = 'fast') {
      await run('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
      running = false;
    },
    start: restartOnSamePort,
    async isRunning() {
      try {
        await run('pg_ctl', ['-D', dataDir, 'status']);
        return true;
      } catch {
        return false;
      }
    },
    log: () => readFile(logFile, 'utf8').catch(() => ''),
    async destroy() {
      if (running || existsSync(join(dataDir, 'postmaster.pid'))) {
        await run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', '-t', '60', 'stop']).catch(
          () => undefined,
        );
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}
