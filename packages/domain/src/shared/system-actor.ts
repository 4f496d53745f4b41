import type { Actor } from './actor.js';

/**
 * The actor that process managers (automatic urging, deadline warnings) run commands as. It carries the
 * SYSTEM_ADMIN role so no extra role leaks into user management; rules that must only fire
 * automatically check `isSystemActor` rather than the role alone.
 */
export const SYSTEM_ACTOR: Actor = Object.freeze({ userId: 'system', role: 'SYSTEM_ADMIN', unitId: null });

export const isSystemActor = (actor: Actor): boolean =>
  actor.userId === SYSTEM_ACTOR.userId && actor.role === SYSTEM_ACTOR.role;
