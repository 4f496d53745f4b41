import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../../../..');
const apiDist = join(repoRoot, 'apps/api/dist');
const apiMain = join(apiDist, 'main.js');
/** Starts the built API serving a given web build (see the script). */
const launcher = join(import.meta.dirname, 'serve-built-api.mjs');

export interface RunningApi {
  baseUrl: string;
  adminUsername: string;
  adminPassword: string;
  /** Everything the API printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartApiOptions {
  seedDemo?: boolean;
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function healthStatus(baseUrl: string): Promise<string | null> {
  try {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    const body = (await response.json()) as { data?: { health?: { status?: string } } };
    return body.data?.health?.status ?? null;
  } catch {
    return null;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
}

/**
 * Starts the BUILT API on a random port with a fresh data directory and a generated administrator,
 * serving the web app this run built (`build-web.ts`, never the shared apps/web/dist), and resolves
 * once `{ health { status } }` answers "ok".
 */
export async function startApi(options: StartApiOptions = {}): Promise<RunningApi> {
  if (!existsSync(apiMain))
    throw new Error(`${apiMain} is missing: run "npx -y pnpm@10 --filter @duban/api... run build" first`);
  const webDistDir = inject('webDistDir');
  if (!webDistDir || !existsSync(join(webDistDir, 'index.html')))
    throw new Error(`The web app of this run is missing (${webDistDir}): build-web.ts should have built it`);
  const dataDir = mkdtempSync(join(tmpdir(), 'duban-browser-'));
  const port = await freePort();
  const adminUsername = 'admin';
  const adminPassword = `Pw-${randomBytes(12).toString('base64url')}`;
  // The test's own DUBAN_* settings must not leak into the API it starts.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('DUBAN_')),
  );
  const child = spawn(process.execPath, [launcher, apiDist, webDistDir], {
    cwd: repoRoot,
    env: {
      ...inherited,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DUBAN_MODE: 'embedded',
      DUBAN_DATA_DIR: dataDir,
      DUBAN_ADMIN_USERNAME: adminUsername,
      DUBAN_ADMIN_PASSWORD: adminPassword,
      DUBAN_SEED_DEMO: options.seedDemo ? 'true' : 'false',
      // The browser clicks from one address faster than people do.
      DUBAN_RATE_LIMIT_PER_USER: '1000000',
      DUBAN_RATE_LIMIT_PER_ADDRESS: '1000000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(forced);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 300_000);
  while ((await healthStatus(baseUrl)) !== 'ok') {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The API did not become healthy on ${baseUrl}:\n${log}`);
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  return { baseUrl, adminUsername, adminPassword, output: () => log, stop };
}
