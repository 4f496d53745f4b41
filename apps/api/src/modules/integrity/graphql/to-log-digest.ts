import { formatDigestAnchor } from '@duban/event-store';
import type { RecordedDigest } from '../log-integrity.service.js';
import type { LogDigest } from './log-digest.object.js';

export function toLogDigest(event: RecordedDigest): LogDigest {
  return {
    eventId: event.id,
    sequence: event.streamPosition,
    recordedAt: new Date(event.recordedAt),
    hash: event.hash ?? '',
    root: event.data.root,
    algorithm: event.data.algorithm,
    streamCount: event.data.streamCount,
    eventCount: event.data.eventCount,
    checkpoint: event.data.checkpoint,
    previousDigestHash: event.data.previousDigestHash,
    logHash: event.data.logHash ?? null,
    keyId: event.data.keyId ?? null,
    signature: event.data.signature ?? null,
    anchorText: formatDigestAnchor(event),
  };
}
