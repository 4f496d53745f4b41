import type { Checkpoint } from '@duban/event-store';

/** What a report command hands back: which version of which report it recorded, and where in the log. */
export interface ReportChange {
  year: number;
  /** Null for the district report of the year. */
  taskListId: string | null;
  /** The version the command recorded, or the latest one when it recorded nothing new. */
  version: number;
  /** Null when nothing was appended (a draft identical to the last one). */
  checkpoint: Checkpoint | null;
}
