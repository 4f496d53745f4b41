/** First line of every export; lets an import refuse files that are not event logs. */
export const JSONL_HEADER = { format: 'duban-event-log', version: 1 } as const;

/** One event per line, in global order. Positions are strings because JSON has no bigint. */
export interface JsonlEventLine {
  globalPosition: string;
  streamId: string;
  streamPosition: number;
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recordedAt: string;
  /** The event's chain hash (absent in exports from stores that keep none); checked on import. */
  hash?: string;
}
