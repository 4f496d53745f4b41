/** Timing helpers for the benchmarks: fixed-duration worker loops and medians of repeated runs. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `workers` loops in parallel for `durationMs`; each call of `step` returns how many units
 * (appends, events) it completed. Returns units per second.
 */
export async function ratePerSecond(
  workers: number,
  durationMs: number,
  step: (worker: number, iteration: number) => Promise<number>,
): Promise<number> {
  const started = performance.now();
  const deadline = started + durationMs;
  let total = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; performance.now() < deadline; i++) {
        // Not `total += await step()`: that reads `total` before awaiting and loses other workers' counts.
        const done = await step(worker, i);
        total += done;
      }
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

export const round = (value: number): number => Math.round(value);
