import type { Checkpoint } from '@duban/event-store';

/** What a unit-registry command hands back: which unit changed and where its events sit in the log. */
export interface UnitChange {
  unitId: string;
  /** Null when nothing was appended (a no-op or an already-applied retry). */
  checkpoint: Checkpoint | null;
}
