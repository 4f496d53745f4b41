import { describe, expect, it } from 'vitest';
import type { ReadAllEvent, ReadAllOptions } from '../types.js';
import { CatchUpSubscription } from './catch-up-subscription.js';
import { WakeSignal } from './wake-signal.js';

/** An in-memory global log of `count` events that records every read it answers. */
function fakeLog(count: number) {
  const events: ReadAllEvent[] = Array.from({ length: count }, (_, i) => ({
    id: `event-${i + 1}`,
    streamId: `stream-${i % 3}`,
    streamPosition: Math.floor(i / 3),
    globalPosition: BigInt(i + 1),
    type: 'Counted',
    data: { n: i + 1 },
    metadata: { actor: { userId: 'u', role: 'r' }, correlationId: 'c' },
    recordedAt: '2024-01-01T00:00:00.000Z',
    checkpoint: { transactionId: BigInt(i + 1), globalPosition: BigInt(i + 1) },
  }));
  const reads: bigint[] = [];
  return {
    reads,
    source: {
      wake: new WakeSignal(),
      pollIntervalMs: 5,
      retryDelayMs: 1,
      readAll: async (options: ReadAllOptions) => {
        const after = options.after?.globalPosition ?? 0n;
        reads.push(after);
        await new Promise((resolve) => setTimeout(resolve, 1));
        return events.filter((event) => event.globalPosition > after).slice(0, options.limit ?? 1000);
      },
    },
  };
}

const positions = (batch: ReadAllEvent[]) => batch.map((event) => Number(event.globalPosition));

describe('CatchUpSubscription', () => {
  it('asks for the next page of a full page while the handler still works on it', async () => {
    const log = fakeLog(10);
    const readsWhileHandling: bigint[][] = [];
    const delivered: number[] = [];
    const subscription = new CatchUpSubscription(log.source, {
      batchSize: 4,
      onEvents: async (batch) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        readsWhileHandling.push([...log.reads]);
        delivered.push(...positions(batch));
      },
    });
    await subscription.caughtUp;
    await subscription.stop();

    expect(delivered).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Handling events 1–4, the read after 4 had gone out; handling 5–8, the one after 8.
    expect(readsWhileHandling[0]).toEqual([0n, 4n]);
    expect(readsWhileHandling[1]).toEqual([0n, 4n, 8n]);
    // The short page (9–10) means caught up: no read ahead of it.
    expect(readsWhileHandling[2]).toEqual([0n, 4n, 8n]);
    expect(subscription.position.globalPosition).toBe(10n);
  });

  it('drops the page read ahead when the handler fails and delivers the same page again', async () => {
    const log = fakeLog(8);
    const delivered: number[][] = [];
    const errors: unknown[] = [];
    let failures = 1;
    const subscription = new CatchUpSubscription(log.source, {
      batchSize: 4,
      onEvents: (batch) => {
        if (batch[0]!.globalPosition === 1n && failures > 0) {
          failures--;
          throw new Error('projection table locked');
        }
        delivered.push(positions(batch));
      },
      onError: (error) => errors.push(error),
    });
    await subscription.caughtUp;
    await subscription.stop();

    expect(errors).toHaveLength(1);
    expect(delivered).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    // The read after 4 made during the failed attempt was not used: the retry read from the start.
    expect(log.reads.slice(0, 3)).toEqual([0n, 4n, 0n]);
  });

  it('reads no page ahead once caught up', async () => {
    const log = fakeLog(3);
    const delivered: number[] = [];
    const subscription = new CatchUpSubscription(log.source, {
      batchSize: 4,
      onEvents: (batch) => {
        delivered.push(...positions(batch));
      },
    });
    await subscription.caughtUp;
    const readsWhenCaughtUp = log.reads.length;
    await subscription.stop();
    expect(delivered).toEqual([1, 2, 3]);
    expect(readsWhenCaughtUp).toBe(1);
  });
});
