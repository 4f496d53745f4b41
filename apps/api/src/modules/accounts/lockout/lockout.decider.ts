import type { DecisionContext } from '@duban/domain';
import type { LockoutEvent } from './lockout.events.js';

export interface LockoutState {
  /** Until when logins are refused; null when never locked or unlocked since. */
  lockedUntil: string | null;
  /** Time of the last lock or unlock: failures before it no longer count towards a new lock. */
  changedAt: string | null;
}

export type LockoutCommand =
  | { type: 'LockOut'; data: { userId: string; username: string; failures: number; lockedUntil: string } }
  | { type: 'Unlock'; data: { userId: string; username: string } };

export const isLocked = (state: LockoutState, now: Date): boolean =>
  state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime();

/** Locking an account already locked, or unlocking one that is not, changes nothing. */
export const lockoutDecider = {
  initialState: (): LockoutState => ({ lockedUntil: null, changedAt: null }),

  evolve(state: LockoutState, event: LockoutEvent): LockoutState {
    switch (event.type) {
      case 'UserLockedOut':
        return { lockedUntil: event.data.lockedUntil, changedAt: event.data.lockedAt };
      case 'UserUnlocked':
        return { lockedUntil: null, changedAt: event.data.unlockedAt };
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },

  decide(command: LockoutCommand, state: LockoutState, ctx: DecisionContext): LockoutEvent[] {
    const locked = isLocked(state, new Date(ctx.now));
    switch (command.type) {
      case 'LockOut':
        if (locked) return [];
        return [{ type: 'UserLockedOut', data: { ...command.data, lockedAt: ctx.now } }];
      case 'Unlock':
        if (!locked) return [];
        return [
          {
            type: 'UserUnlocked',
            data: { ...command.data, unlockedBy: ctx.actor.userId, unlockedAt: ctx.now },
          },
        ];
      default: {
        const unexpected: never = command;
        return unexpected;
      }
    }
  },
};
