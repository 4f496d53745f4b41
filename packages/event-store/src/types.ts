/**
 * The event store port. Every adapter (pglite, postgres, kurrentdb) implements `EventStore` and
 * passes the same contract suite (`src/testing/contract.ts`).
 */

/** Who did it: recorded on every event. */
export interface Actor {
  userId: string;
  role: string;
  unitId?: string | null;
}

export interface EventMetadata {
  actor: Actor;
  correlationId?: string;
  causationId?: string;
  /** ISO time at which the command was decided; set by the caller (the domain never reads the clock). */
  recordedAt?: string;
  [key: string]: unknown;
}

/** An event to append. `id` makes appends idempotent: the same id twice is stored once. */
export interface NewEvent<T extends string = string, D = unknown> {
  id: string;
  type: T;
  data: D;
  metadata: EventMetadata;
}

/** A stored event as read back. */
export interface RecordedEvent<T extends string = string, D = unknown> {
  id: string;
  streamId: string;
  /** 0-based position of the event inside its stream. */
  streamPosition: number;
  /** Position in the global log (monotonic, may have gaps). */
  globalPosition: bigint;
  type: T;
  data: D;
  metadata: EventMetadata;
  /** Time the store committed the event (ISO). */
  recordedAt: string;
  /**
   * Tamper evidence: sha256 (hex) chaining this event to the previous one in its stream (see
   * `eventHash`). Set by every adapter that keeps a chain; on `restore` a given hash is checked.
   */
  hash?: string;
}

/**
 * Expected version of a stream for an append:
 * - a number: the stream's current version must be exactly this (version = position of last event)
 * - 'no_stream': the stream must not exist yet
 * - 'any': no check
 * - 'stream_exists': the stream must already exist
 */
export type ExpectedVersion = number | 'no_stream' | 'any' | 'stream_exists';

export interface AppendResult {
  /** Version of the stream after the append (position of its last event). */
  nextExpectedVersion: number;
  /** Global position of the last event written (or already stored) by this append. */
  lastGlobalPosition: bigint;
  /** Global checkpoint of the last appended event; subscribers can wait until they pass it. */
  checkpoint: Checkpoint;
}

export interface ReadStreamOptions {
  /** Inclusive lower stream position. */
  fromVersion?: number;
  /** Inclusive upper stream position. */
  toVersion?: number;
  /** Only events recorded at or before this time. */
  asOf?: Date;
}

/**
 * A position in the global log, compared as a tuple (see `compareCheckpoints`). For PostgreSQL
 * stores it is the pair (transactionId, globalPosition); for KurrentDB it is the $all position
 * (commit position in `transactionId`, prepare position in `globalPosition`), which $all is
 * ordered by in the same way.
 */
export interface Checkpoint {
  transactionId: bigint;
  globalPosition: bigint;
}

export const START: Checkpoint = Object.freeze({ transactionId: 0n, globalPosition: 0n }) as Checkpoint;

export interface ReadAllOptions {
  /** Exclusive: events strictly after this checkpoint. */
  after?: Checkpoint;
  limit?: number;
  /** Only events recorded at or before this time. */
  asOf?: Date;
}

export interface ReadAllEvent extends RecordedEvent {
  checkpoint: Checkpoint;
}

export interface SubscribeOptions {
  after?: Checkpoint;
  batchSize?: number;
  /** Called for each batch in order; the subscription waits for the promise before reading on. */
  onEvents: (events: ReadAllEvent[]) => Promise<void> | void;
  onError?: (error: unknown) => void;
}

export interface Subscription {
  /** The last checkpoint delivered. */
  readonly position: Checkpoint;
  /** Resolves once the subscription has delivered every event up to now (caught up once). */
  readonly caughtUp: Promise<void>;
  stop(): Promise<void>;
}

export interface EventStore {
  /** Name of the adapter: 'pglite' | 'postgres' | 'kurrentdb'. */
  readonly kind: string;
  /** Apply schema migrations (idempotent, safe concurrently). */
  init(): Promise<void>;
  append(streamId: string, events: NewEvent[], expectedVersion: ExpectedVersion): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Current version of the stream, or -1 when it does not exist. */
  streamVersion(streamId: string): Promise<number>;
  readAll(options?: ReadAllOptions): Promise<ReadAllEvent[]>;
  subscribe(options: SubscribeOptions): Subscription;
  /**
   * Writes events exactly as recorded elsewhere (ids, stream positions, recorded times), in the
   * given order. Used by `importJsonl`; each stream's positions must continue where it stands.
   */
  restore(events: RecordedEvent[]): Promise<void>;
  close(): Promise<void>;
}
