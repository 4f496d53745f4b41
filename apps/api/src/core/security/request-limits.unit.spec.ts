import { describe, expect, it } from 'vitest';
import { Clock } from '../clock/clock.js';
import { loadConfig } from '../config/load-config.js';
import { RateLimitedError } from '../errors/rate-limited.error.js';
import { RequestLimits } from './request-limits.js';

const limitsWith = (env: Record<string, string>) =>
  new RequestLimits(loadConfig(env, { cwd: '/tmp', webDistDir: null }), new Clock());

/** Work that runs until the test lets it finish. */
const held = () => {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: () => done, finish };
};

describe('RequestLimits', () => {
  it('runs at most the configured number of expensive fields of a user at once; the next ones wait their turn', async () => {
    const limits = limitsWith({ DUBAN_EXPENSIVE_CONCURRENCY: '2', DUBAN_MAX_EXPENSIVE_FIELDS: '3' });
    const started: number[] = [];
    const jobs = [0, 1, 2, 3].map(() => held());
    const runs = jobs.map((job, i) =>
      limits.runExpensive('u', async () => {
        started.push(i);
        await job.work();
        return i;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    jobs[0]!.finish();
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    for (const job of jobs) job.finish();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
  });

  it('refuses expensive work past the running and waiting places with RATE_LIMITED, and not another user’s', async () => {
    const limits = limitsWith({ DUBAN_EXPENSIVE_CONCURRENCY: '1', DUBAN_MAX_EXPENSIVE_FIELDS: '1' });
    const first = held();
    const second = held();
    const running = limits.runExpensive('u', first.work);
    const waiting = limits.runExpensive('u', second.work);
    await expect(limits.runExpensive('u', async () => 'late')).rejects.toBeInstanceOf(RateLimitedError);
    await expect(limits.runExpensive('v', async () => 'other')).resolves.toBe('other');
    first.finish();
    second.finish();
    await Promise.all([running, waiting]);
    await expect(limits.runExpensive('u', async () => 'again')).resolves.toBe('again');
  });

  it('frees the place of expensive work that fails', async () => {
    const limits = limitsWith({ DUBAN_EXPENSIVE_CONCURRENCY: '1', DUBAN_MAX_EXPENSIVE_FIELDS: '1' });
    await expect(limits.runExpensive('u', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limits.runExpensive('u', async () => 'next')).resolves.toBe('next');
  });
});
