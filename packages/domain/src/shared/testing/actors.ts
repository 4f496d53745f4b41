import type { Actor, DecisionContext } from '../actor.js';
import { SYSTEM_ACTOR } from '../system-actor.js';

/** Actors for decider specifications, one per role. */
export const testActors = {
  admin: { userId: 'user-admin', role: 'SYSTEM_ADMIN', unitId: null },
  office: { userId: 'user-office', role: 'DISTRICT_OFFICE', unitId: null },
  inspector: { userId: 'user-inspector', role: 'INSPECTOR', unitId: null },
  leader: { userId: 'user-leader', role: 'LEADER', unitId: null },
  system: SYSTEM_ACTOR,
  officerOf: (unitId: string): Actor => ({ userId: `user-officer-${unitId}`, role: 'UNIT_OFFICER', unitId }),
} satisfies Record<string, Actor | ((unitId: string) => Actor)>;

export const contextOf = (actor: Actor, now: string): DecisionContext => ({ actor, now });
