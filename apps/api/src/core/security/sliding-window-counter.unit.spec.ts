import { describe, expect, it } from 'vitest';
import { SlidingWindowCounter } from './sliding-window-counter.js';

describe('SlidingWindowCounter', () => {
  it('counts hits per key within the window and forgets those that slid out', () => {
    const counter = new SlidingWindowCounter(1000, 10);
    expect(counter.hit('a', 0)).toBe(1);
    expect(counter.hit('a', 500)).toBe(2);
    expect(counter.hit('b', 500)).toBe(1);
    expect(counter.count('a', 999)).toBe(2);
    expect(counter.count('a', 1000)).toBe(1);
    expect(counter.hit('a', 1600)).toBe(1);
  });

  it('counts only hits after a given moment when asked', () => {
    const counter = new SlidingWindowCounter(10_000, 10);
    counter.hit('a', 1);
    counter.hit('a', 2);
    counter.hit('a', 3);
    expect(counter.count('a', 4, 2)).toBe(1);
  });

  it('tells when the oldest hit leaves the window', () => {
    const counter = new SlidingWindowCounter(1000, 10);
    counter.hit('a', 200);
    counter.hit('a', 700);
    expect(counter.nextExpiry('a', 800)).toBe(1200);
    expect(counter.nextExpiry('a', 1300)).toBe(1700);
    expect(counter.nextExpiry('nobody', 0)).toBeNull();
  });

  it('keeps at most the configured hits per key and forgets the least recent keys past the cap', () => {
    const counter = new SlidingWindowCounter(10_000, 3, 2);
    for (let t = 0; t < 10; t++) counter.hit('a', t);
    expect(counter.count('a', 10)).toBe(3);
    counter.hit('b', 11);
    counter.hit('c', 12);
    expect(counter.count('a', 13)).toBe(0);
    expect(counter.count('b', 13)).toBe(1);
    counter.clear('b');
    expect(counter.count('b', 13)).toBe(0);
  });
});
