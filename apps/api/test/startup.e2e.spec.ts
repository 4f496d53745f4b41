import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const MAIN = new URL('../dist/main.js', import.meta.url).pathname;

/** Runs the built server with exactly this environment until it exits by itself. */
const runMain = (env: Record<string, string>) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });

describe('starting the server with a bad configuration', () => {
  it('exits before opening anything and names every bad value, one per line', async () => {
    const { code, stderr } = await runMain({
      DUBAN_MODE: 'server',
      PORT: 'http',
      DUBAN_JWT_SECRET: 'secret',
    });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      'Invalid configuration:',
      '  - PORT must be a whole number from 0 to 65535 (got "http")',
      '  - DATABASE_URL is required in server mode (DUBAN_MODE=server): a postgres:// URL',
      '  - DUBAN_JWT_SECRET must be at least 32 characters long',
      '  - DUBAN_DIGEST_KEY_FILE is required in server mode: an Ed25519 private key (openssl genpkey -algorithm ed25519) shared by all instances, kept outside the database',
    ]);
  });
});

describe('serving the built web app', () => {
  let app: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'duban-web-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>督办</title><div id="root"></div>');
    await writeFile(join(dist, 'assets', 'app.js'), 'console.log("app")');
    app = await startTestApp({ webDistDir: dist });
  });
  afterAll(async () => {
    await app?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves the files of the build as they are', async () => {
    const response = await fetch(`${app.url}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("app")');
  });

  it('answers client-side routes with index.html so a reload keeps the page', async () => {
    for (const path of ['/', '/tasks/42', '/inspections?year=2024']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>督办</title>');
    }
  });

  it('keeps a missing asset a 404 and the API an API', async () => {
    expect((await fetch(`${app.url}/assets/missing.js`)).status).toBe(404);
    const health = await app.gql('{ health { status } }');
    expect(health.data).toEqual({ health: { status: 'ok' } });
  });
});
