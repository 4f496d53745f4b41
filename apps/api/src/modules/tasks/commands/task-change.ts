import type { Checkpoint } from '@duban/event-store';

/** What a task command hands back: the task that changed and the log position to wait for before reading it. */
export interface TaskChange {
  taskId: string;
  /** Null when nothing was appended (a no-op or an already-applied retry). */
  checkpoint: Checkpoint | null;
}
