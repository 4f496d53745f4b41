import { checkpointCodec } from '../core/checkpoint-codec.js';
import { START } from '../types.js';
import type { Checkpoint, EventStore } from '../types.js';
import { GENESIS_HASH, chainHash, contentDigest } from './event-hash.js';
import {
  DIGEST_ALGORITHM,
  DIGEST_STREAM,
  LOG_DIGEST_RECORDED,
  digestLeaf,
  digestRoot,
} from './log-digest.js';
import type { LogDigestData, StreamHead } from './log-digest.js';

/**
 * - CONTENT_ALTERED: the event's id, type, data, metadata, position or time no longer give its hash.
 * - HASH_ALTERED: the event is intact (the next event chains from its true hash) but its stored hash changed.
 * - EVENT_MISSING: a position of the stream is absent (deleted row, or a tail shorter than the stream's version).
 * - REORDERED: the stream's positions no longer follow the order in which the events were recorded.
 * - DIGEST_MISMATCH: a recorded digest no longer matches the stream heads it covered, or the digest chain is broken.
 */
export type IntegrityBreakKind =
  'CONTENT_ALTERED' | 'HASH_ALTERED' | 'EVENT_MISSING' | 'REORDERED' | 'DIGEST_MISMATCH';

export interface IntegrityBreak {
  kind: IntegrityBreakKind;
  streamId: string;
  /** The position where the chain breaks (for EVENT_MISSING: the missing position). */
  streamPosition: number;
  /** The event at that position (for EVENT_MISSING: the event found after the gap, if any). */
  eventId: string | null;
  /** What the chain requires there, and what is stored (hashes or roots; null when not applicable). */
  expected: string | null;
  found: string | null;
  /** Checkpoint (text) of the event named, for locating it in the global log. */
  checkpoint: string | null;
  message: string;
}

export interface LogVerification {
  ok: boolean;
  events: number;
  streams: number;
  digests: number;
  /** Checkpoint (text) of the last event checked. */
  checkedThrough: string;
  /** The earliest break in global order, or null for a clean log. */
  firstBreak: IntegrityBreak | null;
  /** The first break of each broken stream and every digest break, in global order. */
  breaks: IntegrityBreak[];
}

export interface VerifyLogOptions {
  pageSize?: number;
}

interface Entry {
  position: number;
  id: string;
  /** Index in the global log (0-based), which survives export and import unlike checkpoints. */
  ordinal: number;
  checkpoint: Checkpoint;
  recordedAt: string;
  hash: string | undefined;
  content: Buffer;
  digest?: LogDigestData;
}

/**
 * Walks the whole log and recomputes every stream's hash chain from the genesis hash, then checks
 * every recorded digest against the stream heads it covered and against the digest before it.
 * Holds a small record per event (about 200 bytes) in memory, not the events themselves.
 */
export async function verifyLog(store: EventStore, options: VerifyLogOptions = {}): Promise<LogVerification> {
  const pageSize = options.pageSize ?? 1000;
  const streams = new Map<string, Entry[]>();
  let after = START;
  let ordinal = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: pageSize });
    for (const event of page) {
      const entry: Entry = {
        position: event.streamPosition,
        id: event.id,
        ordinal: ordinal++,
        checkpoint: event.checkpoint,
        recordedAt: event.recordedAt,
        hash: event.hash,
        content: contentDigest(event),
      };
      if (event.streamId === DIGEST_STREAM && event.type === LOG_DIGEST_RECORDED) {
        entry.digest = event.data as LogDigestData;
      }
      let list = streams.get(event.streamId);
      if (!list) streams.set(event.streamId, (list = []));
      list.push(entry);
    }
    if (page.length === 0) break;
    after = page[page.length - 1]!.checkpoint;
    if (page.length < pageSize) break;
  }

  const breaks: Array<IntegrityBreak & { ordinal: number }> = [];
  for (const [streamId, entries] of streams) {
    entries.sort((a, b) => a.position - b.position);
    const found = await checkStream(store, streamId, entries);
    if (found) breaks.push(found);
  }
  breaks.push(...checkDigests(streams));
  breaks.sort((a, b) => a.ordinal - b.ordinal);

  const digestCount = (streams.get(DIGEST_STREAM) ?? []).filter((entry) => entry.digest).length;
  const report = breaks.map(({ ordinal: _ordinal, ...rest }) => rest);
  return {
    ok: report.length === 0,
    events: ordinal,
    streams: streams.size,
    digests: digestCount,
    checkedThrough: checkpointCodec.format(after),
    firstBreak: report[0] ?? null,
    breaks: report,
  };
}

async function checkStream(
  store: EventStore,
  streamId: string,
  entries: Entry[],
): Promise<(IntegrityBreak & { ordinal: number }) | null> {
  const at = (
    entry: Entry,
    kind: IntegrityBreakKind,
    fields: Partial<IntegrityBreak> & { message: string },
  ) => ({
    kind,
    streamId,
    streamPosition: entry.position,
    eventId: entry.id,
    expected: null,
    found: null,
    checkpoint: checkpointCodec.format(entry.checkpoint),
    ordinal: entry.ordinal,
    ...fields,
  });
  let previous = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const next = entries[i + 1];
    if (entry.position !== i) {
      return at(entry, 'EVENT_MISSING', {
        streamPosition: i,
        message: `${streamId}: position ${i} is missing; the next event stored is at position ${entry.position}`,
      });
    }
    // Positions of one stream are recorded in increasing global order (the compare-and-set serialises
    // its writers); an event recorded after its successor has been moved.
    if (next && next.ordinal < entry.ordinal) {
      return at(entry, 'REORDERED', {
        message: `${streamId}: the event at position ${i} was recorded after the event at position ${next.position}`,
      });
    }
    const expected = chainHash(previous, entry.content, {
      streamId,
      streamPosition: i,
      recordedAt: entry.recordedAt,
    });
    if (entry.hash !== expected) {
      const nextChainsFromTruth =
        next !== undefined &&
        next.hash ===
          chainHash(expected, next.content, {
            streamId,
            streamPosition: next.position,
            recordedAt: next.recordedAt,
          });
      return nextChainsFromTruth
        ? at(entry, 'HASH_ALTERED', {
            expected,
            found: entry.hash ?? null,
            message: `${streamId}: the stored hash at position ${i} was changed; the event itself is intact`,
          })
        : at(entry, 'CONTENT_ALTERED', {
            expected,
            found: entry.hash ?? null,
            message: `${streamId}: the event at position ${i} does not match its hash`,
          });
    }
    previous = expected;
  }
  const last = entries[entries.length - 1];
  if (!last) return null;
  // The stream's version says how many events it had; a deleted tail leaves no gap to see.
  const version = await store.streamVersion(streamId);
  if (version > last.position) {
    const later = await store.readStream(streamId, {
      fromVersion: last.position + 1,
      toVersion: last.position + 1,
    });
    // Appended while the walk ran: not checked this time, not missing either.
    if (later.length === 0) {
      return at(last, 'EVENT_MISSING', {
        streamPosition: last.position + 1,
        eventId: null,
        message: `${streamId}: its version is ${version} but the last event stored is at position ${last.position}`,
      });
    }
  }
  return null;
}

function checkDigests(streams: Map<string, Entry[]>): Array<IntegrityBreak & { ordinal: number }> {
  const digests = (streams.get(DIGEST_STREAM) ?? []).filter((entry) => entry.digest);
  const out: Array<IntegrityBreak & { ordinal: number }> = [];
  const leaves = new Map<Entry, Buffer>();
  const lists = [...streams].map(([streamId, entries]) => ({
    streamId,
    // Global order for the "as of" search; a reordered stream is reported above already.
    entries: [...entries].sort((a, b) => a.ordinal - b.ordinal),
  }));
  let previousHash = GENESIS_HASH;
  for (const entry of digests) {
    const data = entry.digest!;
    const fail = (expected: string | null, found: string | null, message: string) =>
      out.push({
        kind: 'DIGEST_MISMATCH',
        streamId: DIGEST_STREAM,
        streamPosition: entry.position,
        eventId: entry.id,
        expected,
        found,
        checkpoint: checkpointCodec.format(entry.checkpoint),
        ordinal: entry.ordinal,
        message,
      });
    if (data.previousDigestHash !== previousHash) {
      fail(
        previousHash,
        data.previousDigestHash ?? null,
        `digest #${entry.position} does not name the digest before it`,
      );
    } else if (data.algorithm !== DIGEST_ALGORITHM) {
      fail(DIGEST_ALGORITHM, String(data.algorithm), `digest #${entry.position} uses an unknown algorithm`);
    } else {
      const heads: Array<StreamHead & { entry: Entry }> = [];
      for (const { streamId, entries } of lists) {
        const head = lastBefore(entries, data.eventCount);
        if (head) heads.push({ streamId, version: head.position, hash: head.hash ?? '', entry: head });
      }
      const root = digestRoot(heads, (head) => {
        const cached = leaves.get((head as StreamHead & { entry: Entry }).entry);
        if (cached) return cached;
        const leaf = digestLeaf(head);
        leaves.set((head as StreamHead & { entry: Entry }).entry, leaf);
        return leaf;
      });
      if (root !== data.root || heads.length !== data.streamCount) {
        fail(
          data.root,
          root,
          `digest #${entry.position} (${data.streamCount} streams, first ${data.eventCount} events) no longer matches the log`,
        );
      }
    }
    previousHash = entry.hash ?? '';
  }
  return out;
}

/** The last entry among the first `count` events of the log (entries sorted by ordinal). */
function lastBefore(entries: Entry[], count: number): Entry | null {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.ordinal < count) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? entries[lo - 1]! : null;
}
