/**
 * Counts hits per key over a sliding window, approximately and in constant memory per key: the count
 * of the current fixed window plus the previous window's count weighted by how much of it still lies
 * inside the sliding window. Keys come from outside (user ids, client addresses), so their number is
 * capped; past the cap the least recently hit keys are forgotten first.
 */
export class WindowRateCounter {
  private readonly windows = new Map<string, { start: number; count: number; previous: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly limit: number,
    private readonly maxKeys = 50_000,
  ) {}

  /**
   * Counts a hit for the key at `nowMs`; null when it is within the limit, otherwise the seconds until
   * a hit would be admitted again (the refused hit is not counted).
   */
  hit(key: string, nowMs: number): number | null {
    const start = nowMs - (nowMs % this.windowMs);
    let entry = this.windows.get(key);
    if (!entry || entry.start !== start) {
      const previous = entry && entry.start === start - this.windowMs ? entry.count : 0;
      entry = { start, count: 0, previous };
    }
    this.windows.delete(key);
    this.windows.set(key, entry);
    while (this.windows.size > this.maxKeys) {
      const oldest = this.windows.keys().next().value;
      if (oldest === undefined) break;
      this.windows.delete(oldest);
    }
    const carried = entry.previous * (1 - (nowMs - start) / this.windowMs);
    if (entry.count + carried + 1 > this.limit) {
      return Math.max(1, Math.ceil(this.waitMs(entry, start, nowMs) / 1000));
    }
    entry.count += 1;
    return null;
  }

  /** How long until the estimate leaves room for one more hit: later in this window, or in the next. */
  private waitMs(entry: { count: number; previous: number }, start: number, nowMs: number): number {
    const room = this.limit - entry.count - 1;
    if (room >= 0 && entry.previous > 0) {
      return Math.max(0, (1 - room / entry.previous) * this.windowMs - (nowMs - start));
    }
    const nextStart = start + this.windowMs;
    const carriedRoom = this.limit - 1;
    const intoNext = entry.count > 0 ? Math.max(0, (1 - carriedRoom / entry.count) * this.windowMs) : 0;
    return nextStart - nowMs + intoNext;
  }
}
