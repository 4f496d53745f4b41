/** One append waiting for the server: the stream it writes and how many events it carries. */
export interface GroupMember {
  readonly streamId: string;
  readonly eventCount: number;
}

export interface GroupCommitOptions {
  /** Appends (single or grouped) sent to the server at once; the rest wait and go together. */
  maxInFlight: number;
  /** Most appends in one group. */
  maxAppends: number;
  /** Most events in one group (a member larger than this still goes, alone). */
  maxEvents: number;
}

interface Waiting<T, R> {
  member: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit (ADR 0007). Up to `maxInFlight` appends run at once, each on its own connection; an
 * append arriving while they all run waits, and the appends that waited go to the server together
 * when a slot frees (one round trip, one transaction, one commit). A lone waiting append runs alone.
 *
 * Two groups in flight never share a stream: a waiting append whose stream is being written stays
 * queued until that write ends. So grouped transactions cannot deadlock on each other's stream rows,
 * and appends to one stream reach the server in the order they were submitted.
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
    for (const key of ['maxInFlight', 'maxAppends', 'maxEvents'] as const) {
      if (!Number.isSafeInteger(options[key]) || options[key] < 1) {
        throw new RangeError(`group commit ${key} must be a positive integer, got ${options[key]}`);
      }
    }
  }

  submit(member: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ member, resolve, reject });
      if (this.inFlight === 0) this.pump();
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

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const group = this.take();
      if (group.length === 0) return;
      this.inFlight++;
      this.stats.calls++;
      this.stats.appends += group.length;
      for (const { member } of group)
        this.busyStreams.set(member.streamId, (this.busyStreams.get(member.streamId) ?? 0) + 1);
      void this.run(group).finally(() => {
        this.inFlight--;
        for (const { member } of group) {
          const left = this.busyStreams.get(member.streamId)! - 1;
          if (left === 0) this.busyStreams.delete(member.streamId);
          else this.busyStreams.set(member.streamId, left);
        }
        this.pump();
      });
    }
  }

  /** The oldest waiting appends whose streams no running group writes, within the group's limits. */
  private take(): Array<Waiting<T, R>> {
    const group: Array<Waiting<T, R>> = [];
    // Streams whose oldest waiting append stays behind: their later appends stay behind it too.
    const held = new Set<string>();
    let events = 0;
    for (let i = 0; i < this.queue.length && group.length < this.options.maxAppends;) {
      const waiting = this.queue[i]!;
      const { streamId, eventCount } = waiting.member;
      const blocked =
        held.has(streamId) ||
        this.busyStreams.has(streamId) ||
        (group.length > 0 && events + eventCount > this.options.maxEvents);
      if (blocked) {
        held.add(streamId);
        i++;
        continue;
      }
      group.push(waiting);
      events += eventCount;
      this.queue.splice(i, 1);
    }
    return group;
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
