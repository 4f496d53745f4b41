import { EventStoreUnavailableError } from '@duban/event-store';
import type { Checkpoint } from '@duban/event-store';
import { describe, expect, it } from 'vitest';
import { ReadModelStaleError } from '../../../core/projection/read-model-stale.error.js';
import type { UsersDirectory } from '../directory/users-directory.js';
import { refreshAfterChange } from './refresh-after-change.js';

const STORED: Checkpoint = { transactionId: 77n, globalPosition: 12n };

/** Only what the function uses of the directory: a refresh that fails with `error`, or succeeds. */
const directoryThat = (error?: Error): UsersDirectory =>
  ({
    refresh: async () => {
      if (error) throw error;
    },
  }) as unknown as UsersDirectory;

describe('refreshing the directory after an account change', () => {
  const down = new EventStoreUnavailableError('Event store database unavailable: connect ECONNREFUSED');

  it('reports a database gone away after the change was stored as STALE, never UNAVAILABLE', async () => {
    const error = await refreshAfterChange(directoryThat(down), 'u1', STORED).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadModelStaleError);
    expect(error).toMatchObject({ checkpoint: '77:12', behind: [] });
  });

  it('leaves UNAVAILABLE alone when nothing was stored, and lets other failures through', async () => {
    await expect(refreshAfterChange(directoryThat(down), 'u1', null)).rejects.toBe(down);
    const bug = new Error('directory bug');
    await expect(refreshAfterChange(directoryThat(bug), 'u1', STORED)).rejects.toBe(bug);
    await expect(refreshAfterChange(directoryThat(), 'u1', STORED)).resolves.toBeUndefined();
  });
});
