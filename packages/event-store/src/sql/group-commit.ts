/** One append waiting for the server: the stream it writes and how many events it carries. */
export interface GroupMember {
  readonly streamId: string;
  readonly eventCount: number;
}

export interface GroupCommitOptions {
  /** Calls of small appends (single or grouped) at the server at once; the rest wait and go together. */
  maxInFlight: number;
  /** Most appends in one group. */
  maxAppends: number;
  /**
   * An append of at least this many events is large: it goes at once, on its own, outside
   * `maxInFlight`. Its own rows outweigh what a shared round trip and commit would save, and
   * holding it back only adds latency (measured: 100-event batches were slower grouped).
   */
  soloEvents: number;
}

/** An adapter's `groupCommit` option: `false` sends every append on its own; fields left out keep their defaults. */
export type GroupCommitSetting = false | Partial<GroupCommitOptions>;

/** The limits a store runs with (null: grouping off); `maxInFlight` defaults to what the adapter can serve. */
export function resolveGroupCommit(
  setting: GroupCommitSetting | undefined,
  maxInFlight: number,
): GroupCommitOptions | null {
  if (setting === false) return null;
  return { maxInFlight, maxAppends: 64, soloEvents: 16, ...setting };
}

interface Waiting<T, R> {
  member: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit (ADR 0007). Up to `maxInFlight` calls of small appends run at once, each on its own
 * connection; a small append arriving while they all run waits, and the appends that waited go to the
 * server together when a slot frees (one round trip, one transaction, one commit). An append that
 * finds the server idle goes at once, alone; large appends always go alone.
 *
 * Two calls in flight never share a stream: a waiting append whose stream is being written stays
 * queued until that write ends, and so do later appends to that stream. So grouped transactions
 * cannot deadlock on each other's stream rows, and appends to one stream reach the server in the
 * order they were submitted.
 *
 * When a group fails as a whole (a duplicate event id rolls it back, or the connection drops), its
 * members run again one by one, so each gets exactly the answer it would have had alone; appends are
 * idempotent by event id, so one that the failed group had in fact committed is recognised.
 */
export class GroupCommitter<T extends GroupMember, R> {
  private readonly queue: Array<Waiting<T, R>> = [];
  private readonly busyStreams = new Map<string, number>();
  private inFlight = 0;
  private pumpScheduled = false;
  /** Calls made to the server and the appends they carried (a group's retried members not counted). */
  readonly stats = { calls: 0, appends: 0 };

  constructor(
    private readonly options: GroupCommitOptions,
    private readonly runOne: (member: T) => Promise<R>,
    /** Answers in the order of `members`. */
    private readonly runGroup: (members: T[]) => Promise<R[]>,
  ) {
    for (const key of ['maxInFlight', 'maxAppends', 'soloEvents'] as const) {
      if (!Number.isSafeInteger(options[key]) || options[key] < 1) {
        throw new RangeError(`group commit ${key} must be a positive integer, got ${options[key]}`);
      }
    }
  }

  submit(member: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ member, resolve, reject });
      if (this.inFlight === 0 || this.isLarge(member)) this.pump();
      else if (!this.pumpScheduled) {
        // Others are at the server: appends submitted in this turn of the event loop (typically the
        // writers a finished group just answered) wait for each other and leave together.
        this.pumpScheduled = true;
        setImmediate(() => {
          this.pumpScheduled = false;
          this.pump();
        });
      }
    });
  }

  /** Appends waiting for a slot (for tests and metrics). */
  get waiting(): number {
    return this.queue.length;
  }

  private isLarge(member: T): boolean {
    return member.eventCount >= this.options.soloEvents;
  }

  /**
   * One pass over the queue, oldest first: a large append whose stream is free leaves at once; small
   * ones fill groups while a slot is free. A stream whose oldest waiting append stays behind (its
   * stream busy, no slot, the group full) holds its later appends behind it.
   */
  private pump(): void {
    const held = new Set<string>();
    let group: Array<Waiting<T, R>> = [];
    // Streams of the group being filled: a later small append to one of them may join it (it runs
    // after them, in the same transaction), a large one may not run beside it.
    let groupStreams = new Set<string>();
    const flush = () => {
      if (group.length > 0) this.dispatch(group, true);
      group = [];
      groupStreams = new Set();
    };
    for (let i = 0; i < this.queue.length;) {
      const waiting = this.queue[i]!;
      const { streamId } = waiting.member;
      if (held.has(streamId) || this.busyStreams.has(streamId)) {
        held.add(streamId);
        i++;
        continue;
      }
      if (this.isLarge(waiting.member)) {
        if (groupStreams.has(streamId)) {
          held.add(streamId);
          i++;
          continue;
        }
        this.queue.splice(i, 1);
        this.dispatch([waiting], false);
        continue;
      }
      if (this.inFlight >= this.options.maxInFlight) {
        held.add(streamId);
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      group.push(waiting);
      groupStreams.add(streamId);
      if (group.length === this.options.maxAppends) flush();
    }
    flush();
  }

  /** Sends `group`; `counted` calls take one of the `maxInFlight` slots (large appends do not). */
  private dispatch(group: Array<Waiting<T, R>>, counted: boolean): void {
    if (counted) this.inFlight++;
    for (const { member } of group) this.markBusy(member.streamId, 1);
    this.stats.calls++;
    this.stats.appends += group.length;
    void this.run(group).finally(() => {
      if (counted) this.inFlight--;
      for (const { member } of group) this.markBusy(member.streamId, -1);
      this.pump();
    });
  }

  private markBusy(streamId: string, delta: 1 | -1): void {
    const count = (this.busyStreams.get(streamId) ?? 0) + delta;
    if (count === 0) this.busyStreams.delete(streamId);
    else this.busyStreams.set(streamId, count);
  }

  private async run(group: Array<Waiting<T, R>>): Promise<void> {
    if (group.length > 1) {
      let results: R[] | null = null;
      try {
        results = await this.runGroup(group.map((waiting) => waiting.member));
      } catch {
        // Whatever failed the group is met again by the member that caused it, alone.
      }
      if (results) {
        group.forEach((waiting, i) => waiting.resolve(results[i]!));
        return;
      }
    }
    for (const waiting of group) {
      try {
        waiting.resolve(await this.runOne(waiting.member));
      } catch (error) {
        waiting.reject(error);
      }
    }
  }
}
