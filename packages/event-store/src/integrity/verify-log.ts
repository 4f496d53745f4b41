import type { KeyObject } from 'node:crypto';
import { checkpointCodec } from '../core/checkpoint-codec.js';
import { START } from '../types.js';
import type { Checkpoint, EventStore } from '../types.js';
import type { DigestFileEntry } from './digest-file.js';
import { createDigestVerifier } from './digest-signing.js';
import type { DigestVerifier } from './digest-signing.js';
import { GENESIS_HASH, chainHash, contentDigest } from './event-hash.js';
import {
  DIGEST_ALGORITHM,
  DIGEST_ALGORITHM_V2,
  DIGEST_STREAM,
  LOG_DIGEST_RECORDED_V2,
  digestLeaf,
  digestRoot,
  digestSignaturePayload,
  isDigestEvent,
  logHashStep,
} from './log-digest.js';
import type { LogDigestData, StreamHead } from './log-digest.js';

/**
 * - CONTENT_ALTERED: the event's id, type, data, metadata, position or time no longer give its hash.
 * - HASH_ALTERED: the event is intact (the next event chains from its true hash) but its stored hash changed.
 * - EVENT_MISSING: a position of the stream is absent (deleted row, or a tail shorter than the stream's version).
 * - REORDERED: the stream's positions no longer follow the order in which the events were recorded.
 * - DIGEST_MISMATCH: a recorded digest no longer matches the stream heads or the global order it
 *   covered, is out of sequence, or the digest chain (or the digest file) says otherwise.
 * - DIGEST_MISSING: no signed digest covers a log that has events, or a digest the digest file
 *   lists is gone from the log.
 * - DIGEST_UNSIGNED: a digest carries no signature a trusted key accepts (or is an unsigned v1
 *   digest recorded after signed ones).
 */
export type IntegrityBreakKind =
  | 'CONTENT_ALTERED'
  | 'HASH_ALTERED'
  | 'EVENT_MISSING'
  | 'REORDERED'
  | 'DIGEST_MISMATCH'
  | 'DIGEST_MISSING'
  | 'DIGEST_UNSIGNED';

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
  /** Digests whose signature a trusted key accepted (0 when no keys were given). */
  signedDigests: number;
  /**
   * Events after the newest digest's covered prefix (the digest events themselves not counted): the
   * tail no digest anchors yet, which a writer of the database could still change unnoticed.
   */
  unanchoredEvents: number;
  /** Checkpoint (text) of the last event checked. */
  checkedThrough: string;
  /** The earliest break in global order, or null for a clean log. */
  firstBreak: IntegrityBreak | null;
  /** The first break of each broken stream and every digest break, in global order. */
  breaks: IntegrityBreak[];
}

export interface VerifyLogOptions {
  pageSize?: number;
  /**
   * Public keys (or a verifier) whose signatures are trusted. Given, every digest must be signed by
   * one of them (unsigned v1 digests only before the first signed one) and a log with events must
   * have at least one signed digest. Without, signatures are not checked.
   */
  trustedKeys?: DigestVerifier | Iterable<KeyObject | string>;
  /** The entries of a digest file kept outside the database: each must still be in the log, unchanged. */
  digestFile?: DigestFileEntry[];
}

/** Running log hashes after 0, 1, 2… events, 32 bytes each, in one growing buffer. */
class LogHashes {
  private buffer = Buffer.alloc(32 * 1024);
  private count = 0;
  constructor() {
    this.push(Buffer.from(GENESIS_HASH, 'hex'));
  }
  push(hash: Buffer): void {
    if ((this.count + 1) * 32 > this.buffer.length) {
      const grown = Buffer.alloc(this.buffer.length * 2);
      this.buffer.copy(grown);
      this.buffer = grown;
    }
    hash.copy(this.buffer, this.count * 32);
    this.count += 1;
  }
  last(): Buffer {
    return this.buffer.subarray((this.count - 1) * 32, this.count * 32);
  }
  /** After the first `events` events, hex; null when the log is shorter. */
  after(events: number): string | null {
    if (!Number.isInteger(events) || events < 0 || events >= this.count) return null;
    return this.buffer.subarray(events * 32, (events + 1) * 32).toString('hex');
  }
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
  digestType?: string;
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
  const logHashes = new LogHashes();
  for (;;) {
    const page = await store.readAll({ after, limit: pageSize });
    for (const event of page) {
      logHashes.push(logHashStep(logHashes.last(), event.hash));
      const entry: Entry = {
        position: event.streamPosition,
        id: event.id,
        ordinal: ordinal++,
        checkpoint: event.checkpoint,
        recordedAt: event.recordedAt,
        hash: event.hash,
        content: contentDigest(event),
      };
      if (isDigestEvent(event)) {
        entry.digest = event.data as LogDigestData;
        entry.digestType = event.type;
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
  const verifier =
    options.trustedKeys === undefined
      ? null
      : 'verify' in options.trustedKeys
        ? options.trustedKeys
        : createDigestVerifier(options.trustedKeys);
  const digestCheck = checkDigests(streams, logHashes, verifier, options.digestFile ?? null, ordinal);
  breaks.push(...digestCheck.breaks);
  breaks.sort((a, b) => a.ordinal - b.ordinal);

  const digestEntries = (streams.get(DIGEST_STREAM) ?? []).filter((entry) => entry.digest);
  const newest = digestEntries.reduce<Entry | null>(
    (latest, entry) => (latest === null || entry.ordinal > latest.ordinal ? entry : latest),
    null,
  );
  const covered = newest ? Math.min(newest.digest!.eventCount, ordinal) : 0;
  const digestsAfter = digestEntries.filter((entry) => entry.ordinal >= covered).length;
  const report = breaks.map(({ ordinal: _ordinal, ...rest }) => rest);
  return {
    ok: report.length === 0,
    events: ordinal,
    streams: streams.size,
    digests: digestEntries.length,
    signedDigests: digestCheck.signed,
    unanchoredEvents: Math.max(0, ordinal - covered - digestsAfter),
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

function checkDigests(
  streams: Map<string, Entry[]>,
  logHashes: LogHashes,
  verifier: DigestVerifier | null,
  digestFile: DigestFileEntry[] | null,
  totalEvents: number,
): { breaks: Array<IntegrityBreak & { ordinal: number }>; signed: number } {
  const digestEntries = streams.get(DIGEST_STREAM) ?? [];
  const digests = digestEntries.filter((entry) => entry.digest);
  const out: Array<IntegrityBreak & { ordinal: number }> = [];
  const leaves = new Map<Entry, Buffer>();
  const lists = [...streams].map(([streamId, entries]) => ({
    streamId,
    // Global order for the "as of" search; a reordered stream is reported above already.
    entries: [...entries].sort((a, b) => a.ordinal - b.ordinal),
  }));
  let previousHash = GENESIS_HASH;
  let signed = 0;
  let seenSigned = false;
  for (const entry of digests) {
    const data = entry.digest!;
    const fail = (kind: IntegrityBreakKind, expected: string | null, found: string | null, message: string) =>
      out.push({
        kind,
        streamId: DIGEST_STREAM,
        streamPosition: entry.position,
        eventId: entry.id,
        expected,
        found,
        checkpoint: checkpointCodec.format(entry.checkpoint),
        ordinal: entry.ordinal,
        message,
      });
    const v2 = entry.digestType === LOG_DIGEST_RECORDED_V2;
    if (v2 && verifier) {
      const valid =
        typeof data.keyId === 'string' &&
        typeof data.signature === 'string' &&
        verifier.verify(data.keyId, digestSignaturePayload(data), data.signature);
      if (valid) {
        signed += 1;
        seenSigned = true;
      } else {
        fail(
          'DIGEST_UNSIGNED',
          verifier.keyIds.join(',') || null,
          data.keyId ?? null,
          `digest #${entry.position} carries no signature a trusted key accepts`,
        );
      }
    } else if (!v2 && verifier && seenSigned) {
      fail('DIGEST_UNSIGNED', null, null, `digest #${entry.position} is unsigned but follows signed digests`);
    }
    if (data.previousDigestHash !== previousHash) {
      fail(
        'DIGEST_MISMATCH',
        previousHash,
        data.previousDigestHash ?? null,
        `digest #${entry.position} does not name the digest before it`,
      );
    } else if (data.algorithm !== (v2 ? DIGEST_ALGORITHM_V2 : DIGEST_ALGORITHM)) {
      fail(
        'DIGEST_MISMATCH',
        v2 ? DIGEST_ALGORITHM_V2 : DIGEST_ALGORITHM,
        String(data.algorithm),
        `digest #${entry.position} uses an unknown algorithm`,
      );
    } else if (v2 && data.sequence !== entry.position) {
      fail(
        'DIGEST_MISMATCH',
        String(entry.position),
        String(data.sequence),
        `digest #${entry.position} says it is digest #${String(data.sequence)}: out of sequence`,
      );
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
      const logHash = v2 ? logHashes.after(data.eventCount) : null;
      if (root !== data.root || heads.length !== data.streamCount) {
        fail(
          'DIGEST_MISMATCH',
          data.root,
          root,
          `digest #${entry.position} (${data.streamCount} streams, first ${data.eventCount} events) no longer matches the log`,
        );
      } else if (v2 && logHash !== data.logHash) {
        fail(
          'DIGEST_MISMATCH',
          data.logHash ?? null,
          logHash,
          `digest #${entry.position}: the order of the first ${data.eventCount} events of the global log has changed`,
        );
      }
    }
    previousHash = entry.hash ?? '';
  }

  const end = totalEvents + 1;
  if (verifier && !seenSigned && totalEvents > digestEntries.length) {
    out.push({
      kind: 'DIGEST_MISSING',
      streamId: DIGEST_STREAM,
      streamPosition: digests.length,
      eventId: null,
      expected: null,
      found: null,
      checkpoint: null,
      ordinal: end,
      message: `no signed digest covers the log's ${totalEvents - digestEntries.length} events: the digests were removed or never recorded`,
    });
  }
  if (digestFile) {
    const byPosition = new Map(digestEntries.map((entry) => [entry.position, entry]));
    for (const line of digestFile) {
      const stored = byPosition.get(line.sequence);
      const at = {
        streamId: DIGEST_STREAM,
        streamPosition: line.sequence,
        eventId: line.eventId,
        checkpoint: stored ? checkpointCodec.format(stored.checkpoint) : null,
        ordinal: stored ? stored.ordinal : end,
      };
      if (!stored) {
        out.push({
          kind: 'DIGEST_MISSING',
          ...at,
          expected: line.hash,
          found: null,
          message: `digest #${line.sequence}, kept in the digest file, is gone from the log`,
        });
      } else if (stored.hash !== line.hash || stored.id !== line.eventId) {
        out.push({
          kind: 'DIGEST_MISMATCH',
          ...at,
          expected: line.hash,
          found: stored.hash ?? null,
          message: `digest #${line.sequence} differs from the copy in the digest file`,
        });
      }
    }
  }
  return { breaks: out, signed };
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
