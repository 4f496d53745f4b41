#!/usr/bin/env node
// Runs every workspace's test suites (unit, integration, end-to-end, browser) through Turborepo,
// type-checks the web app (its build does not), and prints one closing line that sums them all:
// "N passed, N failed, N skipped".
//
// Settings for CI runs that make several passes (.ci/run, one per Node.js version):
// - DUBAN_TEST_LABEL: prefixes the closing line ("node 20: N passed, …"), so a pass's line is not
//   mistaken for the run's own;
// - DUBAN_TEST_COUNTS_FILE: also writes the counts there as JSON ({ passed, failed, skipped });
// - DUBAN_TEST_BROWSER=off: leaves out the browser suites (@duban/web's test:e2e) and says so;
// - DUBAN_TEST_FORCE_BUILD=1: builds everything again instead of replaying Turborepo's cache (whose
//   key does not include the Node.js version), so a pass on another Node.js proves the build too.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
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

const label = process.env.DUBAN_TEST_LABEL ? `${process.env.DUBAN_TEST_LABEL}: ` : '';
const countsFile = process.env.DUBAN_TEST_COUNTS_FILE;
const browser = process.env.DUBAN_TEST_BROWSER !== 'off';
const BROWSER_PACKAGE = '@duban/web';

const finish = (counts, ok) => {
  if (countsFile) writeFileSync(countsFile, `${JSON.stringify(counts)}\n`);
  console.log(`${label}${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exit(ok ? 0 : 1);
};

const build = run(['run', 'build', ...(process.env.DUBAN_TEST_FORCE_BUILD === '1' ? ['--force'] : [])]);
if (build.status !== 0) {
  console.log('build failed');
  finish({ passed: 0, failed: 1, skipped: 0 }, false);
}
// `build` of the web app is Vite alone (start-up stays fast); its type check runs here instead.
const typecheck = run(['run', 'typecheck', `--filter=${BROWSER_PACKAGE}`]);
if (typecheck.status !== 0) console.log(`${BROWSER_PACKAGE} typecheck failed: counted as a failure`);
const reporterArgs = (file) => ['--', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
const unit = run(['run', 'test', '--concurrency=1', '--continue', ...reporterArgs(reportName)]);
const e2e = run([
  'run',
  'test:e2e',
  '--concurrency=1',
  '--continue',
  ...(browser ? [] : [`--filter=!${BROWSER_PACKAGE}`]),
  ...reporterArgs(`e2e${reportName}`),
]);
if (!browser) console.log(`browser suites (${BROWSER_PACKAGE} test:e2e): left out of this pass`);

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
    if (!browser && pkg.name === BROWSER_PACKAGE && script === 'test:e2e') continue;
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
if (typecheck.status !== 0) failed += 1;
const ok = unit.status === 0 && e2e.status === 0 && failed === 0;
if (!ok && failed === 0) failed = 1;
finish({ passed, failed, skipped }, ok);
