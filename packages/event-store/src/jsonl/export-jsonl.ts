import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { START } from '../types.js';
import type { Checkpoint, EventStore } from '../types.js';
import { JSONL_HEADER } from './jsonl-format.js';
import type { JsonlEventLine } from './jsonl-format.js';

export interface ExportResult {
  events: number;
  /** Checkpoint of the last exported event (START for an empty log). */
  checkpoint: Checkpoint;
}

/**
 * Writes the whole log, in global order, as JSON Lines: a header line, then one event per line.
 * The writable is not ended, so callers can tell when their file is flushed.
 */
export async function exportJsonl(
  store: EventStore,
  writable: Writable,
  options: { pageSize?: number } = {},
): Promise<ExportResult> {
  const write = async (line: string) => {
    if (!writable.write(`${line}\n`)) await once(writable, 'drain');
  };
  await write(JSON.stringify(JSONL_HEADER));
  let checkpoint = START;
  let count = 0;
  for (;;) {
    const page = await store.readAll({ after: checkpoint, limit: options.pageSize ?? 1000 });
    if (page.length === 0) break;
    for (const event of page) {
      const line: JsonlEventLine = {
        globalPosition: event.globalPosition.toString(),
        streamId: event.streamId,
        streamPosition: event.streamPosition,
        id: event.id,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        recordedAt: event.recordedAt,
        ...(event.hash ? { hash: event.hash } : {}),
      };
      await write(JSON.stringify(line));
    }
    count += page.length;
    checkpoint = page[page.length - 1]!.checkpoint;
  }
  return { events: count, checkpoint };
}
