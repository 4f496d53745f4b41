/**
 * Counts hits per key over a sliding time window, in memory. Keys come from outside (usernames,
 * client addresses), so the number of keys is capped: past the cap the least recently hit keys are
 * forgotten first, which an attacker spraying names can only use to forget their own attempts sooner.
 */
export class SlidingWindowCounter {
  /** Hit times per key, oldest first; a Map keeps insertion order, so re-inserting marks recent use. */
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly windowMs: number,
    /** More hits than this per key are never needed: the decision is made at this count. */
    private readonly maxHitsPerKey: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Records a hit at `nowMs` and returns how many hits the key has within the window, this one included. */
  hit(key: string, nowMs: number): number {
    const times = this.live(key, nowMs);
    times.push(nowMs);
    if (times.length > this.maxHitsPerKey) times.splice(0, times.length - this.maxHitsPerKey);
    this.hits.delete(key);
    this.hits.set(key, times);
    while (this.hits.size > this.maxKeys) {
      const oldest = this.hits.keys().next().value;
      if (oldest === undefined) break;
      this.hits.delete(oldest);
    }
    return times.length;
  }

  /** Hits of the key within the window, not counting those at or before `sinceMs`. */
  count(key: string, nowMs: number, sinceMs = Number.NEGATIVE_INFINITY): number {
    return this.live(key, nowMs).filter((t) => t > sinceMs).length;
  }

  /** When the oldest hit in the window leaves it: the earliest moment the count drops. */
  nextExpiry(key: string, nowMs: number): number | null {
    const first = this.live(key, nowMs)[0];
    return first === undefined ? null : first + this.windowMs;
  }

  clear(key: string): void {
    this.hits.delete(key);
  }

  private live(key: string, nowMs: number): number[] {
    const times = this.hits.get(key) ?? [];
    const from = nowMs - this.windowMs;
    const firstLive = times.findIndex((t) => t > from);
    return firstLive === -1 ? [] : firstLive === 0 ? times : times.slice(firstLive);
  }
}
