import { EventStoreUnavailableError } from '@duban/event-store';
import type { Checkpoint, SqlExecutor } from '@duban/event-store';
import { describe, expect, it } from 'vitest';
import { CheckpointTable } from './checkpoint-table.js';
import { ProjectionWaiter } from './projection-waiter.js';
import type { Projector } from './projector.js';
import type { ReadDatabase } from './read-database.js';
import { ReadModelStaleError } from './read-model-stale.error.js';

const TARGET: Checkpoint = { transactionId: 900n, globalPosition: 42n };

/** A read database whose every query fails with `error` (a database that went away, say). */
const failingDatabase = (error: Error): ReadDatabase => {
  const sql: SqlExecutor = {
    query: async () => {
      throw error;
    },
    transaction: async () => {
      throw error;
    },
  };
  return {
    sql,
    schemas: { read: 'read', projector: 'projector', shadow: 'read_shadow', retired: 'read_retired' },
    lockUrl: null,
    close: async () => undefined,
  };
};

/** Only what the waiter uses of the projector: its projections, checkpoints and commit notices. */
const projectorOf = (names: string[]): Projector =>
  ({
    projections: names.map((name) => ({ name })),
    checkpoints: new CheckpointTable('projector'),
    onCommitted: () => () => undefined,
    onRebuilt: () => () => undefined,
  }) as unknown as Projector;

describe('ProjectionWaiter when the database stops answering after a change was stored', () => {
  const down = new EventStoreUnavailableError('Event store database unavailable: connect ECONNREFUSED');

  it('runs out the bounded wait and reports STALE, never UNAVAILABLE, which would invite a retry', async () => {
    const waiter = new ProjectionWaiter(projectorOf(['tasks']), failingDatabase(down), 5000);
    const started = Date.now();
    const error = await waiter.waitFor(TARGET, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadModelStaleError);
    expect(error).toMatchObject({ checkpoint: '900:42', behind: ['tasks'] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('reports a read-back that meets the outage as STALE once the change is stored', async () => {
    const waiter = new ProjectionWaiter(projectorOf([]), failingDatabase(down), 5000);
    const error = await waiter
      .readBack(TARGET, async () => {
        throw down;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadModelStaleError);
  });

  it('leaves UNAVAILABLE alone when nothing was stored, and lets other failures through', async () => {
    const waiter = new ProjectionWaiter(
      projectorOf(['tasks']),
      failingDatabase(new Error('syntax error')),
      5000,
    );
    await expect(
      waiter.readBack(null, async () => {
        throw down;
      }),
    ).rejects.toBe(down);
    await expect(waiter.waitFor(TARGET, { timeoutMs: 300 })).rejects.toThrow('syntax error');
  });
});
