import { forbidden } from '@duban/domain';
import type { Actor } from '@duban/domain';

/** Rebuilding the read model is an operator's action: system administrators only. */
export const assertMayRebuild = (actor: Actor): void => {
  if (actor.role !== 'SYSTEM_ADMIN')
    throw forbidden(`${actor.role} may not rebuild projections`, { role: actor.role });
};
