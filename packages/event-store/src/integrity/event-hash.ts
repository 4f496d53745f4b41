import { createHash, hash } from 'node:crypto';
import { canonicalJson, canonicalJsonElement } from './canonical-json.js';

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
 * sha256 of the canonical JSON of [id (lower case), type, data, metadata]. Computed by the caller
 * before the append (it does not depend on the stream), so the database only runs the short chain step.
 */
export function contentDigest(event: HashedContent): Buffer {
  return hash(
    'sha256',
    canonicalJson([event.id.toLowerCase(), event.type, event.data, event.metadata]),
    'buffer',
  );
}

/** `contentDigest` as hex, with the canonical JSON of the data and metadata it was computed from. */
export interface ContentEncoding {
  digestHex: string;
  data: string;
  metadata: string;
}

/**
 * The content digest and the canonical text of the data and metadata, encoded once: the SQL append
 * sends that same text as the event's payload instead of serialising the event a second time.
 */
export function encodeContent(event: HashedContent): ContentEncoding {
  const data = canonicalJsonElement(event.data, 2);
  const metadata = canonicalJsonElement(event.metadata, 3);
  const text = `[${JSON.stringify(event.id.toLowerCase())},${JSON.stringify(event.type)},${data},${metadata}]`;
  return { digestHex: hash('sha256', text, 'hex'), data, metadata };
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
