import { compareCheckpoints } from '@duban/event-store';
import type { Checkpoint } from '@duban/event-store';

/** The later of the checkpoints a multi-stream command produced; null when none appended anything. */
export function latestCheckpoint(...checkpoints: Array<Checkpoint | null | undefined>): Checkpoint | null {
  let latest: Checkpoint | null = null;
  for (const checkpoint of checkpoints) {
    if (checkpoint && (latest === null || compareCheckpoints(checkpoint, latest) > 0)) latest = checkpoint;
  }
  return latest;
}
