import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/app-config.js';
import { RateLimitedError } from '../errors/rate-limited.error.js';
import { WindowRateCounter } from './window-rate-counter.js';

/**
 * Per-instance, in-memory limits on how much one client may ask of the server (ADR 0013): requests
 * per signed-in user and per client address over a sliding window, expensive mutations per user, and
 * expensive fields running at once per user (the rest wait their turn or, past a short queue, are
 * refused). Every refusal is a `RateLimitedError` saying when to come back.
 */
@Injectable()
export class RequestLimits {
  private readonly users: WindowRateCounter;
  private readonly addresses: WindowRateCounter;
  private readonly expensiveMutations: WindowRateCounter;
  /** Expensive fields running per key, and those waiting for one of them to end. */
  private readonly running = new Map<string, { count: number; waiting: Array<() => void> }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    const windowMs = config.rateWindowSeconds * 1000;
    this.users = new WindowRateCounter(windowMs, config.rateLimitPerUser);
    this.addresses = new WindowRateCounter(windowMs, config.rateLimitPerAddress);
    this.expensiveMutations = new WindowRateCounter(windowMs, config.expensiveMutationLimit);
  }

  /** Counts one request (or WebSocket operation) of this address and, when signed in, of this user. */
  admitRequest(address: string, userId: string | null): void {
    const now = this.clock.now().getTime();
    const byAddress = this.addresses.hit(address, now);
    if (byAddress !== null) {
      throw new RateLimitedError(
        byAddress,
        'Too many requests from this address; try again later',
        'TOO_MANY_REQUESTS',
      );
    }
    if (userId === null) return;
    const byUser = this.users.hit(userId, now);
    if (byUser !== null) {
      throw new RateLimitedError(byUser, 'Too many requests; try again later', 'TOO_MANY_REQUESTS');
    }
  }

  /** Counts one expensive mutation (drafting an annual report) of this user. */
  admitExpensiveMutation(userId: string): void {
    const wait = this.expensiveMutations.hit(userId, this.clock.now().getTime());
    if (wait !== null) {
      throw new RateLimitedError(
        wait,
        'Too many expensive operations (such as drafting an annual report); try again later',
        'TOO_MANY_EXPENSIVE_OPERATIONS',
      );
    }
  }

  /**
   * Runs expensive work for the key with at most `expensiveConcurrency` at once; as many again as
   * `maxExpensiveFields` wait for a turn (one operation's worth), and anything past that is refused.
   */
  async runExpensive<T>(key: string, work: () => Promise<T>): Promise<T> {
    const release = await this.acquireExpensive(key);
    try {
      return await work();
    } finally {
      release();
    }
  }

  /**
   * Takes a place for expensive work of the key (waiting for one if all are taken and the line is
   * short enough; refusing with RATE_LIMITED otherwise) and returns what gives it back, once.
   */
  async acquireExpensive(key: string): Promise<() => void> {
    let slot = this.running.get(key);
    if (!slot) {
      slot = { count: 0, waiting: [] };
      this.running.set(key, slot);
    }
    if (slot.count >= this.config.expensiveConcurrency) {
      if (slot.waiting.length >= this.config.maxExpensiveFields) {
        throw new RateLimitedError(
          1,
          'Too many expensive queries running at once; try again when the others have finished',
          'TOO_MANY_EXPENSIVE_OPERATIONS',
        );
      }
      const current = slot;
      await new Promise<void>((resolve) => current.waiting.push(resolve));
    } else {
      slot.count += 1;
    }
    const held = slot;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = held.waiting.shift();
      // The place passes straight to the next in line; with nobody waiting it is freed.
      if (next) next();
      else {
        held.count -= 1;
        if (held.count === 0) this.running.delete(key);
      }
    };
  }
}
