import { describe, expect, it } from 'vitest';
import type { DecisionContext } from '@duban/domain';
import { isLocked, lockoutDecider } from './lockout.decider.js';
import type { LockoutCommand } from './lockout.decider.js';
import type { LockoutEvent } from './lockout.events.js';

const admin: DecisionContext['actor'] = { userId: 'admin-1', role: 'SYSTEM_ADMIN' };
const at = (now: string): DecisionContext => ({ actor: admin, now });
const lockedOut: LockoutEvent = {
  type: 'UserLockedOut',
  data: {
    userId: 'u1',
    username: 'li',
    failures: 5,
    lockedUntil: '2025-01-01T00:15:00.000Z',
    lockedAt: '2025-01-01T00:00:00.000Z',
  },
};
const given = (events: LockoutEvent[]) => events.reduce(lockoutDecider.evolve, lockoutDecider.initialState());
const lockOut: LockoutCommand = {
  type: 'LockOut',
  data: { userId: 'u1', username: 'li', failures: 5, lockedUntil: '2025-01-01T01:15:00.000Z' },
};
const unlock: LockoutCommand = { type: 'Unlock', data: { userId: 'u1', username: 'li' } };

describe('lockout decider', () => {
  it('locks an account that is not locked, stamped with the time of the decision', () => {
    expect(lockoutDecider.decide(lockOut, given([]), at('2025-01-01T01:00:00.000Z'))).toEqual([
      { type: 'UserLockedOut', data: { ...lockOut.data, lockedAt: '2025-01-01T01:00:00.000Z' } },
    ]);
  });

  it('does not lock again while a lock holds, and locks anew once it has run out', () => {
    expect(lockoutDecider.decide(lockOut, given([lockedOut]), at('2025-01-01T00:10:00.000Z'))).toEqual([]);
    expect(lockoutDecider.decide(lockOut, given([lockedOut]), at('2025-01-01T00:15:00.000Z'))).toHaveLength(
      1,
    );
  });

  it('unlocks a locked account, naming who did it, and ignores an unlock of an unlocked one', () => {
    const [unlocked] = lockoutDecider.decide(unlock, given([lockedOut]), at('2025-01-01T00:05:00.000Z'));
    expect(unlocked).toEqual({
      type: 'UserUnlocked',
      data: { userId: 'u1', username: 'li', unlockedBy: 'admin-1', unlockedAt: '2025-01-01T00:05:00.000Z' },
    });
    const state = given([lockedOut, unlocked!]);
    expect(isLocked(state, new Date('2025-01-01T00:06:00.000Z'))).toBe(false);
    expect(state.changedAt).toBe('2025-01-01T00:05:00.000Z');
    expect(lockoutDecider.decide(unlock, state, at('2025-01-01T00:06:00.000Z'))).toEqual([]);
    expect(lockoutDecider.decide(unlock, given([lockedOut]), at('2025-01-01T00:20:00.000Z'))).toEqual([]);
  });

  it('holds a lock until the moment it ends', () => {
    const state = given([lockedOut]);
    expect(isLocked(state, new Date('2025-01-01T00:14:59.999Z'))).toBe(true);
    expect(isLocked(state, new Date('2025-01-01T00:15:00.000Z'))).toBe(false);
  });
});
