import type { Checkpoint } from '@duban/event-store';

/** What a task-list command hands back: the list that changed and the log position to wait for. */
export interface TaskListChange {
  listId: string;
  /** The last position written by the whole command (several streams for drafting and issuing). */
  checkpoint: Checkpoint | null;
}
