/**
 * Every error the store raises carries a `code` so callers (and the API's error mapping) can react
 * without parsing messages. Bad input never changes the stored log.
 */

export class ConcurrencyError extends Error {
  readonly code = 'CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expected: string | number,
    readonly actual: number,
  ) {
    super(`Stream ${streamId}: expected version ${String(expected)}, actual version ${actual}`);
    this.name = 'ConcurrencyError';
  }
}

export class EventStoreUnavailableError extends Error {
  readonly code = 'UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailableError';
  }
}

/**
 * Some of the appended event ids are already stored, but not as an exact retry of this append
 * (other stream, other positions, or only part of the batch). Nothing was appended.
 */
export class EventIdConflictError extends Error {
  readonly code = 'EVENT_ID_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
  ) {
    super(
      `Stream ${streamId}: event ids ${eventIds.join(', ')} are already stored elsewhere or only part of this append was stored before`,
    );
    this.name = 'EventIdConflictError';
  }
}

/** The append or read request itself is malformed (empty batch, id not a UUID, bad version...). */
export class InvalidEventError extends Error {
  readonly code = 'VALIDATION';
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = 'InvalidEventError';
  }
}

/** An import was attempted into a store that already holds events. */
export class StoreNotEmptyError extends Error {
  readonly code = 'STORE_NOT_EMPTY';
  constructor(readonly kind: string) {
    super(`Cannot import into the ${kind} event store: it already holds events; import needs an empty store`);
    this.name = 'StoreNotEmptyError';
  }
}

/** A JSON Lines export could not be read back (bad header, bad line, positions out of order). */
export class ImportFormatError extends Error {
  readonly code = 'IMPORT_FORMAT_INVALID';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = 'ImportFormatError';
  }
}

/** Events handed to `restore` carry a hash that does not follow from their content and chain. */
export class HashMismatchError extends Error {
  readonly code = 'HASH_MISMATCH';
  constructor(
    readonly streamId: string,
    readonly streamPosition: number,
    readonly expected: string,
    readonly found: string,
  ) {
    super(
      `Stream ${streamId} position ${streamPosition}: the event's hash ${found} does not match its content and chain (expected ${expected})`,
    );
    this.name = 'HashMismatchError';
  }
}
