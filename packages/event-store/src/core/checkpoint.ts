import type { Checkpoint } from '../types.js';

/** Orders two checkpoints as the tuple (transactionId, globalPosition): -1, 0 or 1. */
export function compareCheckpoints(a: Checkpoint, b: Checkpoint): -1 | 0 | 1 {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  if (a.globalPosition !== b.globalPosition) return a.globalPosition < b.globalPosition ? -1 : 1;
  return 0;
}
