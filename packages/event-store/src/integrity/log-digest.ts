import { createHash } from 'node:crypto';
import { checkpointCodec } from '../core/checkpoint-codec.js';
import { ConcurrencyError } from '../errors.js';
import { START } from '../types.js';
import type { Checkpoint, EventMetadata, EventStore, RecordedEvent } from '../types.js';
import { canonicalJson } from './canonical-json.js';
import { GENESIS_HASH } from './event-hash.js';

/** The stream holding the digests; it is part of the log, so each digest also covers the ones before. */
export const DIGEST_STREAM = 'integrity-digests';
export const LOG_DIGEST_RECORDED = 'LogDigestRecorded';
export const DIGEST_ALGORITHM = 'sha256-sorted-stream-heads-v1';

/** Data of a `LogDigestRecorded` event. */
export interface LogDigestData {
  algorithm: typeof DIGEST_ALGORITHM;
  /** digestRoot() of every stream's head after the first `eventCount` events of the global log. */
  root: string;
  streamCount: number;
  /**
   * How many events of the global log (in checkpoint order) the digest covers. An export and import
   * keeps that order but not the checkpoints, so verification counts events.
   */
  eventCount: number;
  /** Checkpoint (text form) of the last covered event; START's text for an empty log. */
  checkpoint: string;
  /** Hash of the previous `LogDigestRecorded` event, GENESIS_HASH for the first. */
  previousDigestHash: string;
}

export interface StreamHead {
  streamId: string;
  /** Position of the stream's last event. */
  version: number;
  /** That event's hash ('' when the store keeps none). */
  hash: string;
}

/** sha256 of one stream head; cached by callers that recompute roots often. */
export function digestLeaf(head: StreamHead): Buffer {
  return createHash('sha256')
    .update(canonicalJson([head.streamId, head.version, head.hash]))
    .digest();
}

/**
 * sha256 over the leaves (sha256 of canonical JSON [streamId, version, headHash]) of every stream,
 * sorted by stream id (UTF-16 code unit order). Any change to any stream's head changes the root.
 */
export function digestRoot(
  heads: Iterable<StreamHead>,
  leaf: (head: StreamHead) => Buffer = digestLeaf,
): string {
  const sorted = [...heads].sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));
  const hash = createHash('sha256');
  for (const head of sorted) hash.update(leaf(head));
  return hash.digest('hex');
}

/** The newest recorded digest, or null. */
export async function latestLogDigest(
  store: EventStore,
): Promise<(RecordedEvent & { data: LogDigestData }) | null> {
  const version = await store.streamVersion(DIGEST_STREAM);
  if (version < 0) return null;
  const [event] = await store.readStream(DIGEST_STREAM, { fromVersion: version });
  return (event as (RecordedEvent & { data: LogDigestData }) | undefined) ?? null;
}

/** Every recorded digest, oldest first. */
export async function listLogDigests(
  store: EventStore,
): Promise<Array<RecordedEvent & { data: LogDigestData }>> {
  const events = await store.readStream(DIGEST_STREAM);
  return events.filter((event) => event.type === LOG_DIGEST_RECORDED) as Array<
    RecordedEvent & { data: LogDigestData }
  >;
}

export interface LogHeads {
  heads: Map<string, StreamHead>;
  eventCount: number;
  checkpoint: Checkpoint;
  lastEventId: string | null;
}

/** Walks the whole global log and keeps each stream's last event. */
export async function readLogHeads(store: EventStore, pageSize = 1000): Promise<LogHeads> {
  const heads = new Map<string, StreamHead>();
  let checkpoint = START;
  let eventCount = 0;
  let lastEventId: string | null = null;
  for (;;) {
    const page = await store.readAll({ after: checkpoint, limit: pageSize });
    for (const event of page) {
      heads.set(event.streamId, {
        streamId: event.streamId,
        version: event.streamPosition,
        hash: event.hash ?? '',
      });
      lastEventId = event.id;
    }
    eventCount += page.length;
    if (page.length === 0) break;
    checkpoint = page[page.length - 1]!.checkpoint;
    if (page.length < pageSize) break;
  }
  return { heads, eventCount, checkpoint, lastEventId };
}

export interface RecordLogDigestOptions {
  /** Event id of the new digest (the caller owns id generation). */
  id: string;
  metadata: EventMetadata;
  /** Record even when nothing was appended since the latest digest. Default false. */
  force?: boolean;
}

export interface RecordLogDigestResult {
  /** False when the latest digest already covered the whole log and `force` was not set. */
  recorded: boolean;
  digest: RecordedEvent & { data: LogDigestData };
}

/**
 * Computes the digest of every stream head and appends it to `integrity-digests`, chained to the
 * previous digest. When another process records one at the same moment, the newer one is kept and
 * returned (the compare-and-set on the digest stream decides).
 */
export async function recordLogDigest(
  store: EventStore,
  options: RecordLogDigestOptions,
): Promise<RecordLogDigestResult> {
  const previous = await latestLogDigest(store);
  const log = await readLogHeads(store);
  if (previous && !options.force && log.lastEventId === previous.id) {
    return { recorded: false, digest: previous };
  }
  const data: LogDigestData = {
    algorithm: DIGEST_ALGORITHM,
    root: digestRoot(log.heads.values()),
    streamCount: log.heads.size,
    eventCount: log.eventCount,
    checkpoint: checkpointCodec.format(log.checkpoint),
    previousDigestHash: previous ? (previous.hash ?? '') : GENESIS_HASH,
  };
  try {
    await store.append(
      DIGEST_STREAM,
      [{ id: options.id, type: LOG_DIGEST_RECORDED, data, metadata: options.metadata }],
      previous ? previous.streamPosition : 'no_stream',
    );
  } catch (error) {
    if (!(error instanceof ConcurrencyError)) throw error;
    const winner = await latestLogDigest(store);
    if (!winner) throw error;
    return { recorded: false, digest: winner };
  }
  const [stored] = await store.readStream(DIGEST_STREAM, {
    fromVersion: previous ? previous.streamPosition + 1 : 0,
    toVersion: previous ? previous.streamPosition + 1 : 0,
  });
  return { recorded: true, digest: stored as RecordedEvent & { data: LogDigestData } };
}

/** A few lines to publish outside the system (notice board, letter, another office's log). */
export function formatDigestAnchor(digest: RecordedEvent & { data: LogDigestData }): string {
  return [
    'Duban event log digest',
    `recorded-at: ${digest.recordedAt}`,
    `digest-event: ${digest.id} (${DIGEST_STREAM} #${digest.streamPosition})`,
    `digest-hash: ${digest.hash ?? ''}`,
    `root: ${digest.data.root}`,
    `algorithm: ${digest.data.algorithm}`,
    `streams: ${digest.data.streamCount}`,
    `events: ${digest.data.eventCount}`,
    `checkpoint: ${digest.data.checkpoint}`,
    `previous-digest-hash: ${digest.data.previousDigestHash}`,
    '',
  ].join('\n');
}
