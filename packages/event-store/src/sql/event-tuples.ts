import { hash } from 'node:crypto';
import { contentText } from '../integrity/event-hash.js';
import type { NewEvent } from '../types.js';

/**
 * What the append functions of migration 9 take for a batch, ready to send in binary format: the
 * events as a jsonb array of `contentText` tuples (jsonb's binary form is a version byte, 1, and the
 * JSON text) and their content digests as one bytea, 32 bytes per event in order.
 *
 * Each event is encoded to UTF-8 once: the digest hashes those bytes and the payload copies them,
 * where a payload built as one string was measured for UTF-8 by the driver twice and encoded again.
 */
export interface EncodedEvents {
  /** jsonb in binary format: 0x01, then `[tuple,tuple,…]`. */
  readonly jsonb: Buffer;
  /** bytea: the sha256 of every tuple, in order. */
  readonly digests: Buffer;
}

const JSONB_VERSION = 1;
const OPEN = 0x5b; // [
const COMMA = 0x2c;
const CLOSE = 0x5d; // ]

export function encodeEvents(events: readonly NewEvent[]): EncodedEvents {
  const texts = new Array<Buffer>(events.length);
  const digests = Buffer.allocUnsafe(events.length * 32);
  let size = events.length + 2; // version byte, brackets and the commas between tuples
  for (let i = 0; i < events.length; i++) {
    const bytes = Buffer.from(contentText(events[i]!), 'utf8');
    texts[i] = bytes;
    size += bytes.length;
    hash('sha256', bytes, 'buffer').copy(digests, i * 32);
  }
  const jsonb = Buffer.allocUnsafe(size);
  jsonb[0] = JSONB_VERSION;
  jsonb[1] = OPEN;
  let offset = 2;
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) jsonb[offset++] = COMMA;
    offset += texts[i]!.copy(jsonb, offset);
  }
  jsonb[offset] = CLOSE;
  return { jsonb, digests };
}

/** One append of a group: where, under which expectation, and its encoded events. */
export interface EncodedAppend {
  readonly streamId: string;
  /** The exact expected version, or null for the modes that have none. */
  readonly expected: number | null;
  readonly mode: string;
  readonly events: EncodedEvents;
}

/**
 * A group for `append_event_tuples_group`: a jsonb array of `[stream, expected, mode, events]` and
 * every member's digests one after the other.
 */
export function encodeGroup(appends: readonly EncodedAppend[]): EncodedEvents {
  const parts: Buffer[] = [Buffer.of(JSONB_VERSION, OPEN)];
  for (let i = 0; i < appends.length; i++) {
    const { streamId, expected, mode, events } = appends[i]!;
    const head = `${i > 0 ? ',' : ''}[${JSON.stringify(streamId)},${expected ?? 'null'},${JSON.stringify(mode)},`;
    parts.push(Buffer.from(head, 'utf8'), events.jsonb.subarray(1), Buffer.of(CLOSE));
  }
  parts.push(Buffer.of(CLOSE));
  return {
    jsonb: Buffer.concat(parts),
    digests: Buffer.concat(appends.map((append) => append.events.digests)),
  };
}
