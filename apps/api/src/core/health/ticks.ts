import { setTimeout as sleep } from 'node:timers/promises';

/** Yields `next()` now and then every `intervalMs`, until the consumer stops iterating. */
export async function* ticks<T>(intervalMs: number, next: () => T): AsyncGenerator<T> {
  for (;;) {
    yield next();
    await sleep(intervalMs);
  }
}
