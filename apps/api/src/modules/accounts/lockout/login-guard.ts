import { Inject, Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@duban/domain';
import type { Actor } from '@duban/domain';
import { ConcurrencyError } from '@duban/event-store';
import type { Checkpoint } from '@duban/event-store';
import { APP_CONFIG } from '../../../core/config/config.token.js';
import type { AppConfig } from '../../../core/config/app-config.js';
import { CommandRunner } from '../../../core/event-store/command-runner.js';
import { RateLimitedError } from '../../../core/errors/rate-limited.error.js';
import { UnauthenticatedError } from '../../../core/errors/unauthenticated.error.js';
import { SlidingWindowCounter } from '../../../core/security/sliding-window-counter.js';
import type { UserRecord } from '../directory/user-record.js';
import { UsersDirectory } from '../directory/users-directory.js';
import { isLocked, lockoutDecider } from './lockout.decider.js';
import type { LockoutState } from './lockout.decider.js';
import { loginLockStream } from './lockout.events.js';

const MAX_PHANTOM_LOCKS = 10_000;

const lockedError = (until: Date, now: Date) =>
  new UnauthenticatedError(
    'ACCOUNT_LOCKED',
    'This account is locked after too many failed logins; try again later',
    {
      retryAfter: until.toISOString(),
      retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
    },
  );

/**
 * Slows down password guessing two ways: a limit on login attempts per client address, and a lock on
 * an account after too many refused logins for its name. Failures are counted in memory per instance;
 * the lock itself is an event (`UserLockedOut`), so it holds on every instance and across restarts.
 * Names without an account are "locked" the same way in memory only, so the answer does not tell
 * whether an account exists.
 */
@Injectable()
export class LoginGuard {
  private readonly failures: SlidingWindowCounter;
  private readonly attempts: SlidingWindowCounter;
  /** Locks of names that have no account, by name: until when (ms). Oldest forgotten first past the cap. */
  private readonly phantomLocks = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: CommandRunner,
    private readonly directory: UsersDirectory,
  ) {
    this.failures = new SlidingWindowCounter(config.loginWindowSeconds * 1000, config.loginMaxFailures);
    this.attempts = new SlidingWindowCounter(config.loginRateWindowSeconds * 1000, config.loginRateLimit + 1);
  }

  /** Counts one login attempt from this address; refuses it past the limit, before any password work. */
  admit(clientAddress: string, now: Date): void {
    const count = this.attempts.hit(clientAddress, now.getTime());
    if (count > this.config.loginRateLimit) {
      const freeAt = this.attempts.nextExpiry(clientAddress, now.getTime()) ?? now.getTime();
      throw new RateLimitedError(Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)));
    }
  }

  /**
   * The account's lock state; refuses with ACCOUNT_LOCKED (and when it ends) while it is locked,
   * unless the attempt comes from a trusted device (`trustedDevice`, a key for that device) that has
   * not itself used up the allowed failures: someone else's guesses must not lock its owner out.
   */
  async assertNotLocked(
    username: string,
    user: UserRecord | undefined,
    now: Date,
    trustedDevice: string | null = null,
  ): Promise<LockoutState> {
    if (!user) {
      const until = this.phantomLocks.get(username);
      if (until !== undefined && until > now.getTime()) throw lockedError(new Date(until), now);
      return lockoutDecider.initialState();
    }
    const { state } = await this.runner.load(loginLockStream(user.id), lockoutDecider);
    if (!isLocked(state, now)) return state;
    const deviceKey = trustedDevice === null ? null : `device\u0000${trustedDevice}`;
    if (deviceKey !== null && this.failures.count(deviceKey, now.getTime()) < this.config.loginMaxFailures) {
      return state;
    }
    throw lockedError(new Date(state.lockedUntil!), now);
  }

  /** Counts a refused attempt from a trusted device against that device's own allowance. */
  deviceFailed(trustedDevice: string, now: Date): void {
    this.failures.hit(`device\u0000${trustedDevice}`, now.getTime());
  }

  /**
   * Counts a refused login for the name. Reaching the limit locks the account and answers
   * ACCOUNT_LOCKED at once; otherwise the caller gives its usual answer.
   */
  async recordFailure(
    username: string,
    user: UserRecord | undefined,
    state: LockoutState,
    now: Date,
  ): Promise<void> {
    this.failures.hit(username, now.getTime());
    const since = state.changedAt ? Date.parse(state.changedAt) : Number.NEGATIVE_INFINITY;
    const failures = this.failures.count(username, now.getTime(), since);
    if (failures < this.config.loginMaxFailures) return;
    const lockedUntil = new Date(now.getTime() + this.config.lockoutSeconds * 1000);
    this.failures.clear(username);
    if (!user) {
      this.phantomLocks.delete(username);
      this.phantomLocks.set(username, lockedUntil.getTime());
      for (const name of this.phantomLocks.keys()) {
        if (this.phantomLocks.size <= MAX_PHANTOM_LOCKS) break;
        this.phantomLocks.delete(name);
      }
      throw lockedError(lockedUntil, now);
    }
    try {
      await this.runner.run({
        streamId: loginLockStream(user.id),
        decider: lockoutDecider,
        command: {
          type: 'LockOut',
          data: {
            userId: user.id,
            username: user.username,
            failures,
            lockedUntil: lockedUntil.toISOString(),
          },
        },
        actor: SYSTEM_ACTOR,
      });
    } catch (error) {
      // Another instance locked it at the same moment: the lock stands all the same.
      if (!(error instanceof ConcurrencyError)) throw error;
    }
    await this.directory.refresh(user.id);
    throw lockedError(lockedUntil, now);
  }

  /** A successful login starts the count afresh. */
  succeeded(username: string): void {
    this.failures.clear(username);
  }

  /** Lifts a lock before it runs out (an administrator's decision); true when there was one to lift. */
  /** The log position of the unlock; null when the account was not locked and nothing was written. */
  async unlock(user: UserRecord, actor: Actor): Promise<Checkpoint | null> {
    this.failures.clear(user.username);
    const result = await this.runner.run({
      streamId: loginLockStream(user.id),
      decider: lockoutDecider,
      command: { type: 'Unlock', data: { userId: user.id, username: user.username } },
      actor,
    });
    return result.checkpoint;
  }
}
