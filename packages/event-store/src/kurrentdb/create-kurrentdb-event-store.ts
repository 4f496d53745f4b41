import type {
  AllStreamRecordedEvent,
  AllStreamSubscription,
  AppendStreamState,
  JSONType,
  KurrentDBClient,
  RecordedEvent as KurrentRecordedEvent,
} from '@kurrent/kurrentdb-client';
import { compareCheckpoints } from '../core/checkpoint.js';
import { validateAppend } from '../core/validate-append.js';
import {
  ConcurrencyError,
  EventIdConflictError,
  EventStoreUnavailableError,
  HashMismatchError,
  InvalidEventError,
} from '../errors.js';
import { GENESIS_HASH, eventHash } from '../integrity/event-hash.js';
import { START } from '../types.js';
import type {
  AppendResult,
  Checkpoint,
  EventMetadata,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../types.js';

export interface KurrentDbEventStoreOptions {
  /** e.g. `kurrentdb://localhost:2113?tls=false` */
  connectionString: string;
}

type KurrentModule = typeof import('@kurrent/kurrentdb-client');

/**
 * KurrentDB keeps its own commit time, which a restore cannot set; the original time travels in the
 * metadata under this key and is taken back out when the event is read.
 */
const RESTORED_RECORDED_AT = 'storeRecordedAt';

/**
 * The event's chain hash travels in its metadata too (KurrentDB has no column for it) and is taken
 * out when read. Best effort: the hash covers the time the adapter put under `storeRecordedAt`
 * (the appending process's clock, since KurrentDB's own commit time is known only afterwards), and
 * the previous hash is read before the append, so two concurrent appends with `any` or
 * `stream_exists` to one stream can both chain from the same event; `verifyLog` then reports it.
 */
const STORE_HASH = 'storeHash';

/**
 * KurrentDB (EventStoreDB) through its gRPC client: streams map to streams, expected versions to
 * stream states, the global log to $all with (commit, prepare) as the checkpoint. The client is loaded
 * on `init()` so processes that never use this adapter do not load gRPC.
 */
export function createKurrentDbEventStore(options: KurrentDbEventStoreOptions): EventStore {
  return new KurrentDbEventStore(options.connectionString);
}

class KurrentDbEventStore implements EventStore {
  readonly kind = 'kurrentdb';
  private kdb: KurrentModule | null = null;
  private clientInstance: KurrentDBClient | null = null;
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly connectionString: string) {}

  async init(): Promise<void> {
    if (this.clientInstance) return;
    this.kdb = await import('@kurrent/kurrentdb-client');
    this.clientInstance = this.kdb.KurrentDBClient.connectionString(this.connectionString);
  }

  async append(
    streamId: string,
    events: NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<AppendResult> {
    const expected = validateAppend(streamId, events, expectedVersion);
    const { client, kdb } = this.ready();
    const streamState: AppendStreamState =
      typeof expected === 'number'
        ? BigInt(expected)
        : expected === 'no_stream'
          ? kdb.NO_STREAM
          : expected === 'any'
            ? kdb.ANY
            : kdb.STREAM_EXISTS;
    try {
      const head = await this.headOf(streamId);
      const base =
        typeof expected === 'number' ? expected + 1 : expected === 'no_stream' ? 0 : head.version + 1;
      let previous = base === head.version + 1 ? head.hash : GENESIS_HASH;
      const recordedAt = new Date().toISOString();
      const result = await client.appendToStream(
        streamId,
        events.map((event, i) => {
          previous = eventHash(previous, { ...event, streamId, streamPosition: base + i, recordedAt });
          return kdb.jsonEvent({
            id: event.id,
            type: event.type,
            data: event.data as JSONType,
            metadata: {
              ...event.metadata,
              [RESTORED_RECORDED_AT]: recordedAt,
              [STORE_HASH]: previous,
            } as JSONType,
          });
        }),
        { streamState },
      );
      return await this.resultAt(streamId, Number(result.nextExpectedRevision));
    } catch (error) {
      if (error instanceof kdb.WrongExpectedVersionError) {
        const actual = typeof error.actualState === 'bigint' ? Number(error.actualState) : -1;
        return this.resolveRetry(streamId, events, expectedVersion, expected, actual);
      }
      throw this.mapError(error);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const events = await this.readStreamWithCheckpoints(streamId, options);
    return events.map(({ checkpoint: _checkpoint, ...event }) => event);
  }

  private async readStreamWithCheckpoints(
    streamId: string,
    options: ReadStreamOptions,
  ): Promise<ReadAllEvent[]> {
    const { client, kdb } = this.ready();
    const from = options.fromVersion ?? 0;
    if (options.toVersion !== undefined && options.toVersion < from) return [];
    const out: ReadAllEvent[] = [];
    try {
      for await (const resolved of client.readStream(streamId, {
        fromRevision: BigInt(from),
        ...(options.toVersion !== undefined ? { maxCount: BigInt(options.toVersion - from + 1) } : {}),
      })) {
        if (!resolved.event) continue;
        const event = toRecordedEvent(resolved.event) as ReadAllEvent;
        if (options.asOf && Date.parse(event.recordedAt) > options.asOf.getTime()) continue;
        out.push(event);
      }
    } catch (error) {
      if (error instanceof kdb.StreamNotFoundError) return [];
      throw this.mapError(error);
    }
    return out;
  }

  /** Version and hash of the stream's last event (-1 and the genesis hash when there is none). */
  private async headOf(streamId: string): Promise<{ version: number; hash: string }> {
    const version = await this.streamVersion(streamId);
    if (version < 0) return { version, hash: GENESIS_HASH };
    const [last] = await this.readStream(streamId, { fromVersion: version, toVersion: version });
    return { version, hash: last?.hash ?? GENESIS_HASH };
  }

  async streamVersion(streamId: string): Promise<number> {
    const { client, kdb } = this.ready();
    try {
      for await (const resolved of client.readStream(streamId, {
        direction: kdb.BACKWARDS,
        fromRevision: kdb.END,
        maxCount: 1,
      })) {
        if (resolved.event) return Number(resolved.event.revision);
      }
      return -1;
    } catch (error) {
      if (error instanceof kdb.StreamNotFoundError) return -1;
      throw this.mapError(error);
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<ReadAllEvent[]> {
    const { client, kdb } = this.ready();
    const limit = options.limit ?? 1000;
    if (!Number.isSafeInteger(limit) || limit < 1) {
      throw new InvalidEventError(`readAll limit ${limit} must be a positive integer`, 'LIMIT_INVALID');
    }
    const after = options.after ?? START;
    const fromStart = compareCheckpoints(after, START) === 0;
    const out: ReadAllEvent[] = [];
    try {
      // The start position is inclusive on $all, hence one more than the limit.
      for await (const resolved of client.readAll({
        fromPosition: fromStart ? kdb.START : { commit: after.transactionId, prepare: after.globalPosition },
        filter: kdb.excludeSystemEvents(),
        ...(options.asOf ? {} : { maxCount: limit + 1 }),
      })) {
        const event = resolved.event;
        if (!event || event.streamId.startsWith('$')) continue;
        const recorded = toReadAllEvent(event);
        if (compareCheckpoints(recorded.checkpoint, after) <= 0) continue;
        if (options.asOf && Date.parse(recorded.recordedAt) > options.asOf.getTime()) continue;
        out.push(recorded);
        if (out.length >= limit) break;
      }
    } catch (error) {
      throw this.mapError(error);
    }
    return out;
  }

  subscribe(options: SubscribeOptions): Subscription {
    const subscription = new KurrentAllSubscription(this.ready(), options, () =>
      this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async restore(events: RecordedEvent[]): Promise<void> {
    const { client, kdb } = this.ready();
    let start = 0;
    while (start < events.length) {
      let end = start + 1;
      while (end < events.length && events[end]!.streamId === events[start]!.streamId) end++;
      const run = events.slice(start, end);
      const first = run[0]!;
      let previous = first.streamPosition === 0 ? GENESIS_HASH : (await this.headOf(first.streamId)).hash;
      try {
        await client.appendToStream(
          first.streamId,
          run.map((event) => {
            const recordedAt = new Date(event.recordedAt).toISOString();
            const hash = eventHash(previous, { ...event, recordedAt });
            if (event.hash !== undefined && event.hash !== hash) {
              throw new HashMismatchError(event.streamId, event.streamPosition, hash, event.hash);
            }
            previous = hash;
            return kdb.jsonEvent({
              id: event.id,
              type: event.type,
              data: event.data as JSONType,
              metadata: {
                ...event.metadata,
                [RESTORED_RECORDED_AT]: recordedAt,
                [STORE_HASH]: hash,
              } as JSONType,
            });
          }),
          { streamState: first.streamPosition === 0 ? kdb.NO_STREAM : BigInt(first.streamPosition - 1) },
        );
      } catch (error) {
        throw this.mapError(error);
      }
      start = end;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.clientInstance?.dispose();
    this.clientInstance = null;
  }

  private ready(): { client: KurrentDBClient; kdb: KurrentModule } {
    if (!this.clientInstance || !this.kdb) {
      throw new EventStoreUnavailableError('KurrentDB event store used before init() or after close()');
    }
    return { client: this.clientInstance, kdb: this.kdb };
  }

  /** The checkpoint of the stream's last event, read back so it matches what $all readers will see. */
  private async resultAt(streamId: string, version: number): Promise<AppendResult> {
    const [last] = await this.readStreamWithCheckpoints(streamId, {
      fromVersion: version,
      toVersion: version,
    });
    const checkpoint = last?.checkpoint ?? START;
    return { nextExpectedVersion: version, lastGlobalPosition: checkpoint.globalPosition, checkpoint };
  }

  /**
   * A wrong expected version may be a retry of an append that already succeeded: then the same ids
   * sit at the positions this append would have written.
   */
  private async resolveRetry(
    streamId: string,
    events: NewEvent[],
    original: ExpectedVersion,
    expected: ExpectedVersion,
    actual: number,
  ): Promise<AppendResult> {
    const first = typeof expected === 'number' ? expected + 1 : expected === 'no_stream' ? 0 : null;
    if (first !== null && actual >= first) {
      const stored = await this.readStream(streamId, {
        fromVersion: first,
        toVersion: first + events.length - 1,
      });
      const matches = events.filter(
        (event, i) => stored[i]?.id.toLowerCase() === event.id.toLowerCase(),
      ).length;
      if (matches === events.length) return this.resultAt(streamId, first + events.length - 1);
      if (matches > 0) {
        throw new EventIdConflictError(
          streamId,
          events.map((event) => event.id),
        );
      }
    }
    throw new ConcurrencyError(streamId, original, actual);
  }

  private mapError(error: unknown): unknown {
    if (!this.kdb) return error;
    if (
      error instanceof this.kdb.UnavailableError ||
      error instanceof this.kdb.DeadlineExceededError ||
      error instanceof this.kdb.NotLeaderError
    ) {
      return new EventStoreUnavailableError(`KurrentDB unavailable: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return error;
  }
}

/** Live $all subscription that hands over one event at a time and waits for the handler. */
class KurrentAllSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  private current: Checkpoint;
  private stopped = false;
  private handling = false;
  private live: AllStreamSubscription | null = null;
  private readonly loop: Promise<void>;
  private settle!: (error?: unknown) => void;

  constructor(
    private readonly ctx: { client: KurrentDBClient; kdb: KurrentModule },
    private readonly options: SubscribeOptions,
    private readonly onStopped: () => void,
  ) {
    this.current = options.after ?? START;
    let settled = false;
    this.caughtUp = new Promise<void>((resolve, reject) => {
      this.settle = (error?: unknown) => {
        if (settled) return;
        settled = true;
        if (error === undefined) resolve();
        else reject(error);
      };
    });
    this.caughtUp.catch(() => undefined);
    this.loop = this.run();
  }

  get position(): Checkpoint {
    return this.current;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.onStopped();
    await this.live?.unsubscribe().catch(() => undefined);
    if (!this.handling) await this.loop;
    this.settle();
  }

  private async run(): Promise<void> {
    const { client, kdb } = this.ctx;
    while (!this.stopped) {
      try {
        // Servers that do not announce catching up are covered by comparing with the head of $all.
        const head = await this.head();
        if (head === null || compareCheckpoints(this.current, head) >= 0) this.settle();
        const fromStart = compareCheckpoints(this.current, START) === 0;
        const live = client.subscribeToAll({
          fromPosition: fromStart
            ? kdb.START
            : { commit: this.current.transactionId, prepare: this.current.globalPosition },
          filter: kdb.excludeSystemEvents(),
        });
        this.live = live;
        live.on('caughtUp', () => this.settle());
        for await (const resolved of live) {
          if (this.stopped) break;
          const event = resolved.event;
          if (!event || event.streamId.startsWith('$')) continue;
          const recorded = toReadAllEvent(event);
          if (compareCheckpoints(recorded.checkpoint, this.current) <= 0) continue;
          this.handling = true;
          try {
            await this.options.onEvents([recorded]);
          } finally {
            this.handling = false;
          }
          this.current = recorded.checkpoint;
          if (head && compareCheckpoints(this.current, head) >= 0) this.settle();
        }
      } catch (error) {
        if (this.stopped) break;
        if (!this.options.onError) {
          this.stopped = true;
          this.settle(error);
          break;
        }
        this.options.onError(error);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  private async head(): Promise<Checkpoint | null> {
    const { client, kdb } = this.ctx;
    for await (const resolved of client.readAll({
      direction: kdb.BACKWARDS,
      fromPosition: kdb.END,
      filter: kdb.excludeSystemEvents(),
      maxCount: 1,
    })) {
      if (resolved.event) return toReadAllEvent(resolved.event).checkpoint;
    }
    return null;
  }
}

function toRecordedEvent(event: KurrentRecordedEvent): RecordedEvent {
  const raw =
    event.metadata && typeof event.metadata === 'object' && !(event.metadata instanceof Uint8Array)
      ? ({ ...(event.metadata as Record<string, unknown>) } as EventMetadata)
      : ({} as EventMetadata);
  const restoredAt = raw[RESTORED_RECORDED_AT];
  const hash = raw[STORE_HASH];
  delete raw[RESTORED_RECORDED_AT];
  delete raw[STORE_HASH];
  const position = event.position;
  return {
    id: event.id,
    streamId: event.streamId,
    streamPosition: Number(event.revision),
    globalPosition: position?.prepare ?? 0n,
    type: event.type,
    data: event.data,
    metadata: raw,
    recordedAt: typeof restoredAt === 'string' ? restoredAt : event.created.toISOString(),
    ...(typeof hash === 'string' ? { hash } : {}),
    ...(position ? { checkpoint: { transactionId: position.commit, globalPosition: position.prepare } } : {}),
  } as RecordedEvent;
}

function toReadAllEvent(event: AllStreamRecordedEvent): ReadAllEvent {
  const recorded = toRecordedEvent(event as KurrentRecordedEvent) as ReadAllEvent;
  recorded.checkpoint = { transactionId: event.position.commit, globalPosition: event.position.prepare };
  return recorded;
}
