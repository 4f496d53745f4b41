#!/usr/bin/env node
// Runs every workspace's test suites (unit, integration, end-to-end, browser) through Turborepo and
// prints one closing line that sums them all: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reportName = '.vitest-report.json';
const workspaces = ['apps', 'packages']
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)))
  .filter((dir) => existsSync(join(dir, 'package.json')));
for (const dir of workspaces) rmSync(join(dir, reportName), { force: true });
for (const dir of workspaces) rmSync(join(dir, `e2e${reportName}`), { force: true });

const turbo = join(root, 'node_modules/.bin/turbo');
const run = (args) => spawnSync(turbo, args, { cwd: root, stdio: 'inherit', env: process.env });

const build = run(['run', 'build']);
if (build.status !== 0) {
  console.log('build failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const reporterArgs = (file) => ['--', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
const unit = run(['run', 'test', '--concurrency=1', '--continue', ...reporterArgs(reportName)]);
const e2e = run(['run', 'test:e2e', '--concurrency=1', '--continue', ...reporterArgs(`e2e${reportName}`)]);

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of workspaces) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const [script, file] of [
    ['test', reportName],
    ['test:e2e', `e2e${reportName}`],
  ]) {
    if (!pkg.scripts?.[script]) continue;
    const path = join(dir, file);
    if (!existsSync(path)) {
      missing.push(`${pkg.name} ${script}`);
      continue;
    }
    const report = JSON.parse(readFileSync(path, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    // A suite that failed to load counts as a failure even though it reports no failed test.
    failed += (report.testResults ?? []).filter(
      (r) => r.status === 'failed' && r.assertionResults.length === 0,
    ).length;
  }
}
for (const name of missing) console.log(`no report from ${name}: counted as a failure`);
failed += missing.length;
const ok = unit.status === 0 && e2e.status === 0 && failed === 0;
if (!ok && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
