import type { Checkpoint } from '@duban/event-store';

/** What an account command hands back: the account that changed and where its events sit in the log. */
export interface UserChange {
  userId: string;
  /** Null when nothing was appended (a no-op or an already-applied retry). */
  checkpoint: Checkpoint | null;
}
