import type { Checkpoint } from '@duban/event-store';
import { checkpointCodec } from '@duban/event-store';
import { isStoreUnavailable } from '../../../core/errors/is-store-unavailable.js';
import { ReadModelStaleError } from '../../../core/projection/read-model-stale.error.js';
import type { UsersDirectory } from '../directory/users-directory.js';

/**
 * Brings this instance's directory up to an account change at once, so the next login or request
 * here sees it (a disabled account stops now, not when the log reaches the directory). The change is
 * stored by then: a database that stops answering makes this STALE, like any read-back, never
 * UNAVAILABLE, which would invite the caller to send the command again.
 */
export async function refreshAfterChange(
  directory: UsersDirectory,
  userId: string,
  checkpoint: Checkpoint | null,
): Promise<void> {
  const started = Date.now();
  try {
    await directory.refresh(userId);
  } catch (error) {
    if (!checkpoint || !isStoreUnavailable(error)) throw error;
    throw new ReadModelStaleError(checkpointCodec.format(checkpoint), Date.now() - started, []);
  }
}
