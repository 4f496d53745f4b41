import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDigestSigningKey } from '@duban/event-store';

const DIST = new URL('../../../dist/', import.meta.url).pathname;
export const MAIN = join(DIST, 'main.js');
export const CLI = join(DIST, 'cli.js');

export const FAULT_ADMIN = { username: 'admin', password: 'Faults-Admin-Pass-2024' } as const;

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

/** What one request came to: an answer (with or without errors), a dropped connection, or no answer in time. */
export type CallOutcome =
  | { kind: 'answer'; ms: number; data: any; errors: GraphqlError[] | undefined }
  | { kind: 'network'; ms: number; message: string }
  | { kind: 'timeout'; ms: number };

/**
 * The deployment both instances of a test share: one database, one schema, one signing secret, one
 * digest signing key (a file outside the database, as an operator keeps it).
 */
export interface Deployment {
  databaseUrl: string;
  schema: string;
  jwtSecret: string;
  digestKeyFile: string;
  env?: Record<string, string>;
}

/** Where deployments keep their digest signing keys: one folder for the test run. */
const keyDir = mkdtempSync(join(tmpdir(), 'duban-faults-keys-'));

export const newDeployment = (databaseUrl: string, env: Record<string, string> = {}): Deployment => {
  const schema = `faults_${randomBytes(4).toString('hex')}`;
  const digestKeyFile = join(keyDir, `${schema}.pem`);
  writeFileSync(digestKeyFile, generateDigestSigningKey(), { mode: 0o600 });
  return { databaseUrl, schema, jwtSecret: randomBytes(48).toString('base64url'), digestKeyFile, env };
};

/** The environment `node dist/main.js` (and `dist/cli.js`) gets for a deployment, as an operator would set it. */
export const serverEnv = (deployment: Deployment, dataDir: string): Record<string, string> => ({
  PATH: process.env.PATH ?? '',
  NO_COLOR: '1',
  DUBAN_MODE: 'server',
  DATABASE_URL: deployment.databaseUrl,
  DUBAN_DB_SCHEMA: deployment.schema,
  DUBAN_JWT_SECRET: deployment.jwtSecret,
  DUBAN_DIGEST_KEY_FILE: deployment.digestKeyFile,
  DUBAN_ADMIN_USERNAME: FAULT_ADMIN.username,
  DUBAN_ADMIN_PASSWORD: FAULT_ADMIN.password,
  DUBAN_SEED_DEMO: 'false',
  DUBAN_DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  // Many logins from one address in a few seconds is the test, not an attack.
  DUBAN_LOGIN_RATE_LIMIT: '100000',
  DUBAN_RATE_LIMIT_PER_USER: '1000000',
  DUBAN_RATE_LIMIT_PER_ADDRESS: '1000000',
  // Manual urges of one task follow each other faster than an office would send them.
  DUBAN_URGE_INTERVAL_MS: '0',
  ...(deployment.env ?? {}),
});

export interface ApiProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** POSTs one GraphQL operation; never throws. */
  call(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    timeoutMs?: number,
  ): Promise<CallOutcome>;
  /** Like `call`, but throws unless the answer has data and no errors. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  login(username: string, password: string): Promise<string>;
  /** SIGKILL: no shutdown hook runs, in-flight requests die with the process. */
  kill(): Promise<void>;
  /** Resolves with the exit code (or the signal) once the process has ended. */
  readonly exited: Promise<number | string | null>;
  /** SIGTERM and wait (SIGKILL after 15 s); removes the data directory. */
  stop(): Promise<void>;
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

/**
 * Starts the built server (`node dist/main.js`) as its own process and resolves once it listens. The
 * port is the one it reports, so several instances and restarts never collide.
 */
export async function spawnApi(
  name: string,
  deployment: Deployment,
  startTimeoutMs = 120_000,
): Promise<ApiProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), `duban-faults-${name}-`));
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: serverEnv(deployment, dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${startTimeoutMs} ms:\n${output.slice(-4000)}`));
    }, startTimeoutMs);
    const look = () => {
      const match = /listening on http:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', look);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${String(code)}) before listening:\n${output.slice(-4000)}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;

  const call = async (
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    timeoutMs = 30_000,
  ): Promise<CallOutcome> => {
    const started = performance.now();
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await response.json()) as { data?: any; errors?: GraphqlError[] };
      return { kind: 'answer', ms: performance.now() - started, data: body.data, errors: body.errors };
    } catch (error) {
      const ms = performance.now() - started;
      if ((error as Error).name === 'TimeoutError') return { kind: 'timeout', ms };
      return { kind: 'network', ms, message: (error as Error).message };
    }
  };
  const ok = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> => {
    const outcome = await call(query, variables, token, 60_000);
    if (outcome.kind !== 'answer' || outcome.errors || !outcome.data) {
      throw new Error(`${name}: ${query.slice(0, 80)} failed: ${JSON.stringify(outcome)}`);
    }
    return outcome.data as T;
  };

  return {
    name,
    url,
    pid: child.pid!,
    output: () => output,
    call,
    ok,
    login: async (username, password) =>
      (await ok<{ login: { accessToken: string } }>(LOGIN, { input: { username, password } })).login
        .accessToken,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `node dist/cli.js <command>` for a deployment and returns its exit code and output. */
export async function runCli(
  deployment: Deployment,
  command: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'duban-faults-cli-'));
  try {
    return await new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, command], {
        env: serverEnv(deployment, dataDir),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
