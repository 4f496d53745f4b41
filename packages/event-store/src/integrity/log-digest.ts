import { createHash } from 'node:crypto';
import { checkpointCodec } from '../core/checkpoint-codec.js';
import { ConcurrencyError } from '../errors.js';
import { START } from '../types.js';
import type { Checkpoint, EventMetadata, EventStore, RecordedEvent } from '../types.js';
import { canonicalJson } from './canonical-json.js';
import type { DigestSigner } from './digest-signing.js';
import { GENESIS_HASH } from './event-hash.js';

/** The stream holding the digests; it is part of the log, so each digest also covers the ones before. */
export const DIGEST_STREAM = 'integrity-digests';
/** First version: unsigned, stream heads only. Still read and checked; no longer recorded. */
export const LOG_DIGEST_RECORDED = 'LogDigestRecorded';
export const DIGEST_ALGORITHM = 'sha256-sorted-stream-heads-v1';
/** Second version: signed, numbered, and covering the order of the global log too (ADR 0014). */
export const LOG_DIGEST_RECORDED_V2 = 'LogDigestRecordedV2';
export const DIGEST_ALGORITHM_V2 = 'sha256-stream-heads-log-order-ed25519-v2';

/**
 * Data of a `LogDigestRecorded` (v1) or `LogDigestRecordedV2` event. The v2 fields are absent from v1
 * digests.
 */
export interface LogDigestData {
  algorithm: typeof DIGEST_ALGORITHM | typeof DIGEST_ALGORITHM_V2;
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
  /** Hash of the previous digest event, GENESIS_HASH for the first. */
  previousDigestHash: string;
  /** v2: the digest's position in the digest stream, signed, so a removed digest leaves a gap. */
  sequence?: number;
  /** v2: the running hash over the covered events' hashes in global order (`logHashStep`). */
  logHash?: string;
  /** v2: when the digest was taken (the recording process's clock), signed. */
  takenAt?: string;
  /** v2: which key signed it (`digestKeyId`). */
  keyId?: string;
  /** v2: base64 Ed25519 signature of `digestSignaturePayload(data)`. */
  signature?: string;
}

export type RecordedDigest = RecordedEvent & { data: LogDigestData };

export const isDigestEvent = (event: { streamId: string; type: string }): boolean =>
  event.streamId === DIGEST_STREAM &&
  (event.type === LOG_DIGEST_RECORDED || event.type === LOG_DIGEST_RECORDED_V2);

/** What a v2 digest's signature covers: every field of its data but the signature, as canonical JSON. */
export function digestSignaturePayload(data: LogDigestData): string {
  const { signature: _signature, ...signed } = data;
  return canonicalJson(signed);
}

/**
 * One step of the running hash over the global log: sha256(previous (32 bytes) ‖ event hash (32
 * bytes)), from GENESIS_HASH. Each event hash already binds the event to its stream and position, so
 * the running hash binds the order of the whole log: moving an event between streams' turns in the
 * global order changes it even when every stream still chains.
 */
export function logHashStep(previous: Buffer, eventHash: string | undefined): Buffer {
  return createHash('sha256')
    .update(previous)
    .update(Buffer.from(eventHash ?? '', 'hex'))
    .digest();
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
export async function latestLogDigest(store: EventStore): Promise<RecordedDigest | null> {
  const version = await store.streamVersion(DIGEST_STREAM);
  if (version < 0) return null;
  const [event] = await store.readStream(DIGEST_STREAM, { fromVersion: version });
  return (event as RecordedDigest | undefined) ?? null;
}

/** Every recorded digest, oldest first. */
export async function listLogDigests(store: EventStore): Promise<RecordedDigest[]> {
  const events = await store.readStream(DIGEST_STREAM);
  return events.filter(isDigestEvent) as RecordedDigest[];
}

export interface LogHeads {
  heads: Map<string, StreamHead>;
  eventCount: number;
  checkpoint: Checkpoint;
  lastEventId: string | null;
  /** Running hash (`logHashStep`) over the first `eventCount` events, hex. */
  logHash: string;
}

/**
 * Walks the global log and keeps each stream's last event and the running log hash. Given `from`
 * (the result of an earlier walk of the same store), continues after its checkpoint instead of
 * starting over: the xid8 rule means nothing appears later before a checkpoint already read.
 */
export async function readLogHeads(store: EventStore, pageSize = 1000, from?: LogHeads): Promise<LogHeads> {
  const heads = new Map<string, StreamHead>(from?.heads ?? []);
  let checkpoint = from?.checkpoint ?? START;
  let eventCount = from?.eventCount ?? 0;
  let lastEventId: string | null = from?.lastEventId ?? null;
  let logHash: Buffer = Buffer.from(from?.logHash ?? GENESIS_HASH, 'hex');
  for (;;) {
    const page = await store.readAll({ after: checkpoint, limit: pageSize });
    for (const event of page) {
      heads.set(event.streamId, {
        streamId: event.streamId,
        version: event.streamPosition,
        hash: event.hash ?? '',
      });
      logHash = logHashStep(logHash, event.hash);
      lastEventId = event.id;
    }
    eventCount += page.length;
    if (page.length === 0) break;
    checkpoint = page[page.length - 1]!.checkpoint;
    if (page.length < pageSize) break;
  }
  return { heads, eventCount, checkpoint, lastEventId, logHash: logHash.toString('hex') };
}

export interface RecordLogDigestOptions {
  /** Event id of the new digest (the caller owns id generation). */
  id: string;
  metadata: EventMetadata;
  /** Signs the digest; its private key never enters the database. */
  signer: DigestSigner;
  /** When the digest is taken (ISO); signed with it. */
  takenAt: string;
  /** Record even when nothing was appended since the latest digest. Default false. */
  force?: boolean;
  /** The `log` of an earlier result for this store: the walk continues from there. */
  resume?: LogHeads;
}

export interface RecordLogDigestResult {
  /** False when the latest digest already covered the whole log and `force` was not set. */
  recorded: boolean;
  digest: RecordedDigest;
  /** The walk this digest was computed from (pass as `resume` next time). */
  log: LogHeads;
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
  const log = await readLogHeads(store, 1000, options.resume);
  if (previous && !options.force && log.lastEventId === previous.id) {
    return { recorded: false, digest: previous, log };
  }
  const unsigned: LogDigestData = {
    algorithm: DIGEST_ALGORITHM_V2,
    root: digestRoot(log.heads.values()),
    streamCount: log.heads.size,
    eventCount: log.eventCount,
    checkpoint: checkpointCodec.format(log.checkpoint),
    previousDigestHash: previous ? (previous.hash ?? '') : GENESIS_HASH,
    sequence: previous ? previous.streamPosition + 1 : 0,
    logHash: log.logHash,
    takenAt: options.takenAt,
    keyId: options.signer.keyId,
  };
  const data: LogDigestData = {
    ...unsigned,
    signature: options.signer.sign(digestSignaturePayload(unsigned)),
  };
  try {
    await store.append(
      DIGEST_STREAM,
      [{ id: options.id, type: LOG_DIGEST_RECORDED_V2, data, metadata: options.metadata }],
      previous ? previous.streamPosition : 'no_stream',
    );
  } catch (error) {
    if (!(error instanceof ConcurrencyError)) throw error;
    const winner = await latestLogDigest(store);
    if (!winner) throw error;
    return { recorded: false, digest: winner, log };
  }
  const [stored] = await store.readStream(DIGEST_STREAM, {
    fromVersion: data.sequence,
    toVersion: data.sequence,
  });
  return { recorded: true, digest: stored as RecordedDigest, log };
}

/** A few lines to publish outside the system (notice board, letter, another office's log). */
export function formatDigestAnchor(digest: RecordedDigest): string {
  const signed = digest.data.signature
    ? [
        `log-hash: ${digest.data.logHash ?? ''}`,
        `key-id: ${digest.data.keyId ?? ''}`,
        `signature: ${digest.data.signature}`,
      ]
    : [];
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
    ...signed,
    '',
  ].join('\n');
}
