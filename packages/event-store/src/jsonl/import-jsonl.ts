import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { isUuid } from '../core/validate-append.js';
import { ImportFormatError, StoreNotEmptyError } from '../errors.js';
import { GENESIS_HASH, eventHash } from '../integrity/event-hash.js';
import type { EventStore, EventMetadata, RecordedEvent } from '../types.js';
import { JSONL_HEADER } from './jsonl-format.js';

export interface ImportResult {
  events: number;
  streams: number;
}

/**
 * Reads an `exportJsonl` file into an EMPTY store of any adapter, keeping event ids, types, data,
 * metadata, stream positions and recorded times; global positions are the target's own, in the same
 * order. A non-empty target is refused before anything is written. Lines are checked as they come
 * (each stream must run 0, 1, 2, ...; a line's hash, when present, must follow from its content and
 * the stream's previous hash); a bad line stops the import with its line number. The target store
 * computes its own hashes, which are then the same.
 */
export async function importJsonl(
  store: EventStore,
  readable: Readable,
  options: { batchSize?: number } = {},
): Promise<ImportResult> {
  const existing = await store.readAll({ limit: 1 });
  if (existing.length > 0) throw new StoreNotEmptyError(store.kind);

  const batchSize = options.batchSize ?? 500;
  const nextPosition = new Map<string, number>();
  const heads = new Map<string, string>();
  let batch: RecordedEvent[] = [];
  let lineNumber = 0;
  let count = 0;
  let sawHeader = false;
  const lines = createInterface({ input: readable, crlfDelay: Infinity });
  for await (const text of lines) {
    lineNumber++;
    if (text.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ImportFormatError('not valid JSON', lineNumber);
    }
    if (!sawHeader) {
      const header = parsed as { format?: unknown; version?: unknown };
      if (header?.format !== JSONL_HEADER.format || header.version !== JSONL_HEADER.version) {
        throw new ImportFormatError(`expected the header ${JSON.stringify(JSONL_HEADER)}`, lineNumber);
      }
      sawHeader = true;
      continue;
    }
    const event = toRecordedEvent(parsed, lineNumber);
    const expected = nextPosition.get(event.streamId) ?? 0;
    if (event.streamPosition !== expected) {
      throw new ImportFormatError(
        `stream ${event.streamId} continues at position ${event.streamPosition}, expected ${expected}`,
        lineNumber,
      );
    }
    nextPosition.set(event.streamId, expected + 1);
    const hash = eventHash(heads.get(event.streamId) ?? GENESIS_HASH, event);
    if (event.hash !== undefined && event.hash !== hash) {
      throw new ImportFormatError(
        `the hash of stream ${event.streamId} position ${event.streamPosition} does not match its content and chain (altered after export?)`,
        lineNumber,
      );
    }
    heads.set(event.streamId, hash);
    batch.push(event);
    count++;
    if (batch.length >= batchSize) {
      await store.restore(batch);
      batch = [];
    }
  }
  if (!sawHeader) throw new ImportFormatError('the file is empty', lineNumber);
  if (batch.length > 0) await store.restore(batch);
  return { events: count, streams: nextPosition.size };
}

function toRecordedEvent(value: unknown, line: number): RecordedEvent {
  const v = value as Record<string, unknown>;
  const fail = (what: string): never => {
    throw new ImportFormatError(what, line);
  };
  if (typeof v !== 'object' || v === null) fail('expected an event object');
  if (typeof v.streamId !== 'string' || v.streamId === '') fail('streamId missing');
  if (!Number.isSafeInteger(v.streamPosition) || (v.streamPosition as number) < 0)
    fail('streamPosition invalid');
  if (!isUuid(v.id)) fail('id is not a UUID');
  if (typeof v.type !== 'string' || v.type === '') fail('type missing');
  if (!('data' in v)) fail('data missing');
  if (typeof v.metadata !== 'object' || v.metadata === null) fail('metadata missing');
  if (typeof v.recordedAt !== 'string' || Number.isNaN(Date.parse(v.recordedAt))) fail('recordedAt invalid');
  if (typeof v.globalPosition !== 'string' || !/^\d+$/.test(v.globalPosition)) fail('globalPosition invalid');
  if (v.hash !== undefined && (typeof v.hash !== 'string' || !/^[0-9a-f]{64}$/.test(v.hash)))
    fail('hash invalid');
  return {
    id: v.id as string,
    streamId: v.streamId as string,
    streamPosition: v.streamPosition as number,
    globalPosition: BigInt(v.globalPosition as string),
    type: v.type as string,
    data: v.data,
    metadata: v.metadata as EventMetadata,
    recordedAt: new Date(v.recordedAt as string).toISOString(),
    ...(typeof v.hash === 'string' ? { hash: v.hash } : {}),
  };
}
