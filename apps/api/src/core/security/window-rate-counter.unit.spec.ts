import { describe, expect, it } from 'vitest';
import { WindowRateCounter } from './window-rate-counter.js';

describe('WindowRateCounter', () => {
  it('admits hits up to the limit and refuses the next one with the seconds to wait, at most two windows', () => {
    const counter = new WindowRateCounter(60_000, 3);
    expect([0, 1, 2].map((i) => counter.hit('a', 1_000 + i))).toEqual([null, null, null]);
    const wait = counter.hit('a', 1_010);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(120);
  });

  it('counts each key on its own', () => {
    const counter = new WindowRateCounter(60_000, 1);
    expect(counter.hit('a', 0)).toBeNull();
    expect(counter.hit('b', 0)).toBeNull();
    expect(counter.hit('a', 1)).not.toBeNull();
  });

  it('carries the previous window in part, so a burst at a window edge does not double the limit', () => {
    const counter = new WindowRateCounter(60_000, 10);
    for (let i = 0; i < 10; i++) expect(counter.hit('a', 59_000)).toBeNull();
    // Just after the edge almost all of the previous window still counts.
    expect(counter.hit('a', 61_000)).not.toBeNull();
    // Half-way through the next window half of it does.
    expect(counter.hit('a', 90_000)).toBeNull();
  });

  it('admits again once the wait it announced is over', () => {
    const counter = new WindowRateCounter(10_000, 2);
    counter.hit('a', 0);
    counter.hit('a', 0);
    const wait = counter.hit('a', 5_000)!;
    expect(counter.hit('a', 5_000 + wait * 1000)).toBeNull();
  });

  it('forgets the least recently hit keys past its cap', () => {
    const counter = new WindowRateCounter(60_000, 1, 2);
    counter.hit('a', 0);
    counter.hit('b', 0);
    counter.hit('c', 0);
    expect(counter.hit('a', 1)).toBeNull();
  });
});
