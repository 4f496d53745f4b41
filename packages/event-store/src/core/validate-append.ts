import { InvalidEventError } from '../errors.js';
import type { ExpectedVersion, NewEvent } from '../types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * Rejects a malformed append before it reaches any store, so a bad batch never stores part of itself.
 * Returns the expected version normalised: -1 means "no stream" in every adapter.
 */
export function validateAppend(
  streamId: string,
  events: NewEvent[],
  expected: ExpectedVersion,
): ExpectedVersion {
  if (typeof streamId !== 'string' || streamId.length === 0 || streamId.startsWith('$')) {
    throw new InvalidEventError(`Invalid stream id ${JSON.stringify(streamId)}`, 'STREAM_ID_INVALID');
  }
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidEventError(`Append to ${streamId} has no events`, 'EVENTS_EMPTY');
  }
  const seen = new Set<string>();
  for (const event of events) {
    if (!isUuid(event.id)) {
      throw new InvalidEventError(`Event id ${JSON.stringify(event.id)} is not a UUID`, 'EVENT_ID_INVALID');
    }
    const id = event.id.toLowerCase();
    if (seen.has(id))
      throw new InvalidEventError(`Event id ${id} appears twice in one append`, 'EVENT_ID_REPEATED');
    seen.add(id);
    if (typeof event.type !== 'string' || event.type.length === 0) {
      throw new InvalidEventError(`Event ${id} has no type`, 'EVENT_TYPE_INVALID');
    }
    if (event.data === undefined)
      throw new InvalidEventError(`Event ${id} has no data`, 'EVENT_DATA_MISSING');
    if (
      typeof event.metadata !== 'object' ||
      event.metadata === null ||
      typeof event.metadata.actor !== 'object'
    ) {
      throw new InvalidEventError(`Event ${id} has no actor in its metadata`, 'EVENT_METADATA_INVALID');
    }
  }
  if (typeof expected === 'number') {
    if (!Number.isSafeInteger(expected) || expected < -1) {
      throw new InvalidEventError(
        `Expected version ${expected} is not a valid version`,
        'EXPECTED_VERSION_INVALID',
      );
    }
    return expected === -1 ? 'no_stream' : expected;
  }
  if (expected !== 'no_stream' && expected !== 'any' && expected !== 'stream_exists') {
    throw new InvalidEventError(
      `Expected version ${String(expected)} is not a valid version`,
      'EXPECTED_VERSION_INVALID',
    );
  }
  return expected;
}
