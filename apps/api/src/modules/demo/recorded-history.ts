import { ConcurrencyError } from '@duban/event-store';
import type {
  AppendResult,
  Checkpoint,
  EventStore,
  ExpectedVersion,
  NewEvent,
  ReadAllEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
} from '@duban/event-store';

/**
 * The demo's past, written before it is stored: the seed's commands run on this store exactly as on
 * the real one (same runners, deciders and idempotency keys), but their events wait here until
 * `commit` writes all of them to the real store through `restore`, each recorded at the time its
 * command was decided (`metadata.recordedAt`, from the seed clock). A store's `append` records the
 * time of the call, so a year seeded through it would all carry the minute of the first start.
 *
 * A stream's events already in the real store (an earlier seed cut short) are read first, so the
 * history continues them. Nothing is visible to projectors, watchers or readers until `commit`,
 * which is one `restore` call: one transaction on the SQL stores.
 */
export class RecordedHistory implements EventStore {
  readonly kind = 'recorded-history';
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly written: RecordedEvent[] = [];

  constructor(private readonly target: EventStore) {}

  async init(): Promise<void> {}

  /** Events waiting for `commit`, in the order they were written. */
  get pending(): readonly RecordedEvent[] {
    return this.written;
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const stream = await this.stream(streamId);
    const version = stream.length - 1;
    const fits =
      expected === 'any' ||
      (expected === 'no_stream' && version === -1) ||
      (expected === 'stream_exists' && version >= 0) ||
      expected === version;
    const known = new Set(stream.map((event) => event.id));
    // Like the stores: the same event ids again are stored once, whatever the expected version.
    if (events.length > 0 && events.every((event) => known.has(event.id))) return this.result(version);
    if (!fits) throw new ConcurrencyError(streamId, expected, version);
    for (const event of events) {
      const recordedAt = event.metadata.recordedAt;
      if (typeof recordedAt !== 'string')
        throw new Error(`${streamId}: a recorded event needs metadata.recordedAt`);
      const recorded: RecordedEvent = {
        id: event.id,
        streamId,
        streamPosition: stream.length,
        globalPosition: 0n,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        recordedAt: new Date(recordedAt).toISOString(),
      };
      stream.push(recorded);
      this.written.push(recorded);
    }
    return this.result(stream.length - 1);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { fromVersion = 0, toVersion = Number.MAX_SAFE_INTEGER, asOf } = options;
    return (await this.stream(streamId)).filter(
      (event) =>
        event.streamPosition >= fromVersion &&
        event.streamPosition <= toVersion &&
        (!asOf || Date.parse(event.recordedAt) <= asOf.getTime()),
    );
  }

  async streamVersion(streamId: string): Promise<number> {
    return (await this.stream(streamId)).length - 1;
  }

  /** The history written so far (not the real store's log), in writing order. */
  async readAll(options: ReadAllOptions = {}): Promise<ReadAllEvent[]> {
    const from = options.after ? Number(options.after.globalPosition) : 0;
    const page = this.written.slice(from, options.limit ? from + options.limit : undefined);
    return page
      .map((event, index): ReadAllEvent => {
        const position = BigInt(from + index + 1);
        const checkpoint: Checkpoint = { transactionId: 0n, globalPosition: position };
        return { ...event, globalPosition: position, checkpoint };
      })
      .filter((event) => !options.asOf || Date.parse(event.recordedAt) <= options.asOf.getTime());
  }

  subscribe(): Subscription {
    throw new Error('a recorded history is not subscribed to: it is committed to the real store');
  }

  async restore(): Promise<void> {
    throw new Error('a recorded history is restored into the real store by commit()');
  }

  async close(): Promise<void> {}

  /**
   * Writes the history to the real store in the order it happened (by recorded time; a stream's
   * events keep their order), with the times it happened, in one `restore`. Returns how many.
   */
  async commit(): Promise<number> {
    const ordered = this.written
      .map((event, index) => ({ event, index, at: Date.parse(event.recordedAt) }))
      .sort((a, b) => a.at - b.at || a.index - b.index)
      .map(({ event }) => event);
    const last = new Map<string, RecordedEvent>();
    for (const event of ordered) {
      const before = last.get(event.streamId);
      if (before && before.streamPosition > event.streamPosition) {
        throw new Error(
          `${event.streamId}: event ${event.streamPosition} (${event.recordedAt}) is dated before event ${before.streamPosition} (${before.recordedAt})`,
        );
      }
      last.set(event.streamId, event);
    }
    await this.target.restore(ordered);
    this.written.length = 0;
    this.streams.clear();
    return ordered.length;
  }

  private async stream(streamId: string): Promise<RecordedEvent[]> {
    let stream = this.streams.get(streamId);
    if (!stream) {
      stream = [...(await this.target.readStream(streamId))];
      this.streams.set(streamId, stream);
    }
    return stream;
  }

  private result(version: number): AppendResult {
    const position = BigInt(this.written.length);
    return {
      nextExpectedVersion: version,
      lastGlobalPosition: position,
      checkpoint: { transactionId: 0n, globalPosition: position },
    };
  }
}
