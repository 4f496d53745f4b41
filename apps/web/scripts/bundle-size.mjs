#!/usr/bin/env node
// Prints the gzip size of the entry and of each lazily loaded route chunk from the Vite manifest, and
// checks the initial JavaScript of the login and dashboard routes against the budget.
// Usage: node scripts/bundle-size.mjs [distDir]   (build first; BUNDLE_BUDGET_KB overrides the budget)
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname);
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No Vite manifest at ${manifestPath}: run "vite build" first.`);
  process.exit(2);
}
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB ?? 300);
/** Which lazy modules a route needs before it can show anything, beyond the entry. */
const budgetedRoutes = {
  login: ['src/modules/auth/components/LoginPage.tsx'],
  dashboard: ['src/app/layout/BasicLayout.tsx', 'src/modules/dashboard/components/DashboardPage.tsx'],
};

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gzipCache = new Map();
function gzipBytes(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(join(dist, file))).length);
  return gzipCache.get(file);
}
/** The files a chunk loads up front: itself and its static imports, transitively. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}
const sum = (files) => [...files].reduce((total, file) => total + gzipBytes(file), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(7)} kB`;

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) {
  console.error('The manifest has no entry chunk.');
  process.exit(2);
}
const entryFiles = closure(entryKey);
console.log(`entry ${entryKey}: ${kb(sum(entryFiles))} gzip (${entryFiles.size} file(s))`);

console.log('\nroute chunks (own file / with imports not already in the entry):');
const routeKeys = Object.keys(manifest)
  .filter((key) => manifest[key].isDynamicEntry)
  .sort();
for (const key of routeKeys) {
  const extra = [...closure(key)].filter((file) => !entryFiles.has(file));
  const shown = key.replace(/^.*\/node_modules\//, 'node_modules/');
  console.log(`  ${kb(gzipBytes(manifest[key].file))} / ${kb(sum(extra))}  ${shown}`);
}

console.log(`\ninitial JavaScript per route (budget ${budgetKb} kB gzip):`);
let over = false;
for (const [route, keys] of Object.entries(budgetedRoutes)) {
  const files = new Set(entryFiles);
  for (const key of keys) {
    if (!manifest[key]) {
      console.error(`  ${route}: ${key} is not in the manifest (moved or renamed?)`);
      over = true;
      continue;
    }
    for (const file of closure(key)) files.add(file);
  }
  const total = sum(files);
  const ok = total <= budgetKb * 1024;
  over ||= !ok;
  console.log(`  ${kb(total)}  ${route} ${ok ? 'within budget' : 'OVER BUDGET'}`);
}
process.exit(over ? 1 : 0);
