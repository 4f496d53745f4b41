import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The web app built for this run, which the API under test serves. */
    webDistDir: string;
  }
}

const webRoot = resolve(import.meta.dirname, '../../..');
/** Gitignored. Each run builds into a directory of its own, so no other build can change it mid-test. */
export const browserDistRoot = join(webRoot, '.browser-dist');
/** Leftovers of runs that were killed before their teardown. */
const STALE_MS = 24 * 60 * 60 * 1000;

function viteBuild(outDir: string): Promise<void> {
  const viteBin = join(
    createRequire(join(webRoot, 'package.json')).resolve('vite/package.json'),
    '../bin/vite.js',
  );
  return new Promise((resolveBuild, reject) => {
    const child = spawn(
      process.execPath,
      [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: webRoot,
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolveBuild()
        : reject(new Error(`vite build into ${outDir} failed (${code}):\n${output}`)),
    );
  });
}

function removeStaleRuns(): void {
  if (!existsSync(browserDistRoot)) return;
  for (const name of readdirSync(browserDistRoot)) {
    const dir = join(browserDistRoot, name);
    if (Date.now() - statSync(dir).mtimeMs > STALE_MS) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Vitest global setup of the browser suites: builds the web app from the current sources into
 * `.browser-dist/<run>/` and hands that directory to the tests, which start the API serving it. The
 * shared `dist/` is never read, so a concurrent `pnpm build` cannot swap the app out mid-test.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  // Without Chromium the suites are skipped by name (outside CI); there is nothing to serve.
  if (!findChromium() && !process.env.CI) return () => undefined;
  removeStaleRuns();
  mkdirSync(browserDistRoot, { recursive: true });
  const outDir = join(browserDistRoot, `run-${process.pid}-${Date.now().toString(36)}`);
  await viteBuild(outDir);
  project.provide('webDistDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
