/** Counts how hostile calls ended, per property; printed when HOSTILE_TALLY is set. */
export class Tally {
  private readonly outcomes = new Map<string, Map<string, number>>();
  private readonly slowest: Array<{ ms: number; label: string }> = [];

  /** Remembers the slowest calls, to show where hostile input costs the server most. */
  timed(ms: number, label: string): void {
    this.slowest.push({ ms, label: label.slice(0, 160) });
    this.slowest.sort((a, b) => b.ms - a.ms);
    this.slowest.length = Math.min(this.slowest.length, 5);
  }

  count(property: string, outcome: string): void {
    const row = this.outcomes.get(property) ?? new Map<string, number>();
    row.set(outcome, (row.get(outcome) ?? 0) + 1);
    this.outcomes.set(property, row);
  }

  total(property: string): number {
    return [...(this.outcomes.get(property)?.values() ?? [])].reduce((a, b) => a + b, 0);
  }

  summary(): { calls: number; refused: number } {
    let calls = 0;
    let refused = 0;
    for (const row of this.outcomes.values()) {
      for (const [outcome, n] of row) {
        calls += n;
        if (outcome !== 'OK' && outcome !== 'STALE') refused += n;
      }
    }
    return { calls, refused };
  }

  print(title: string): void {
    if (!process.env.HOSTILE_TALLY) return;
    const lines = [...this.outcomes].map(
      ([property, row]) =>
        `  ${property}: ${[...row]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([outcome, n]) => `${outcome} ${n}`)
          .join(', ')}`,
    );
    const { calls, refused } = this.summary();
    const slow = this.slowest.map(({ ms, label }) => `  ${ms} ms: ${label}`);
    console.log(
      [
        `${title}: ${calls} calls, ${refused} refused`,
        ...lines,
        ...(slow.length ? ['slowest:', ...slow] : []),
      ].join('\n'),
    );
  }
}
