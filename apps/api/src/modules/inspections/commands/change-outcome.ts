import type { Checkpoint } from '@duban/event-store';

/**
 * What a command handler hands back: which record changed and where its events sit in the global
 * log, so the resolver can wait for the read model to reach them before it reads the record back.
 */
export interface ChangeOutcome {
  id: string;
  /** Null when nothing was appended (a retry, or a no-op the domain decided). */
  checkpoint: Checkpoint | null;
}
