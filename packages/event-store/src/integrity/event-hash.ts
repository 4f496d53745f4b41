import { createHash, hash } from 'node:crypto';
import { canonicalJsonElement } from './canonical-json.js';

/** The "previous hash" of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event says, independent of where and when it was stored. */
export interface HashedContent {
  id: string;
  type: string;
  data: unknown;
  metadata: unknown;
}

/** Where and when it was stored, which the chain step binds to the content and the previous hash. */
export interface HashedPlacement {
  streamId: string;
  streamPosition: number;
  /** ISO time with milliseconds, as the store returns it (`2024-03-01T02:00:00.000Z`). */
  recordedAt: string;
}

/**
 * The canonical JSON of [id (lower case), type, data, metadata]: the bytes an event's content digest
 * hashes. It is also what the SQL adapters send as the event (migration 9), read by position, so the
 * event is serialised once.
 */
export function contentText(event: HashedContent): string {
  return `[${JSON.stringify(event.id.toLowerCase())},${JSON.stringify(event.type)},${canonicalJsonElement(event.data, 2)},${canonicalJsonElement(event.metadata, 3)}]`;
}

/**
 * sha256 of `contentText`. Computed by the caller before the append (it does not depend on the
 * stream), so the database only runs the short chain step.
 */
export function contentDigest(event: HashedContent): Buffer {
  return hash('sha256', contentText(event), 'buffer');
}

/**
 * One link of a stream's chain: sha256(previous hash (32 bytes) ‖ content digest (32 bytes) ‖
 * UTF-8 of "<position>\n<recorded at>\n<stream id>"). The position and time cannot contain a line
 * break and the stream id comes last, so the encoding is unambiguous. The SQL adapters compute the
 * same bytes with `sha256()` inside the append (migration 5); this function is what verifies them.
 */
export function chainHash(previousHash: string, content: Buffer, placement: HashedPlacement): string {
  return createHash('sha256')
    .update(Buffer.from(previousHash, 'hex'))
    .update(content)
    .update(`${placement.streamPosition}\n${placement.recordedAt}\n${placement.streamId}`, 'utf8')
    .digest('hex');
}

/** The hash an event must carry given the hash of the event before it in its stream. */
export function eventHash(previousHash: string, event: HashedContent & HashedPlacement): string {
  return chainHash(previousHash, contentDigest(event), event);
}
