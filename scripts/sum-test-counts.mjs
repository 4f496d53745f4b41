#!/usr/bin/env node
// Sums the counts test-all.mjs wrote for each pass of a CI run (DUBAN_TEST_COUNTS_FILE) into the
// run's closing line, "N passed, N failed, N skipped". A pass that left no readable counts (it
// crashed, was stopped, or never ran) is one failure, named. Exits 1 when anything failed.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** The counts of one pass, or null when the file is missing or not counts. */
export function readCounts(path) {
  if (!existsSync(path)) return null;
  try {
    const counts = JSON.parse(readFileSync(path, 'utf8'));
    const valid = ['passed', 'failed', 'skipped'].every(
      (key) => Number.isInteger(counts[key]) && counts[key] >= 0,
    );
    return valid ? counts : null;
  } catch {
    return null;
  }
}

export function sumCounts(paths) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const lost = [];
  for (const path of paths) {
    const counts = readCounts(path);
    if (!counts) {
      lost.push(basename(path, '.json'));
      total.failed += 1;
      continue;
    }
    for (const key of Object.keys(total)) total[key] += counts[key];
  }
  return { total, lost };
}

const { total, lost } = sumCounts(process.argv.slice(2));
for (const name of lost) console.log(`${name}: no counts from this pass: counted as a failure`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
