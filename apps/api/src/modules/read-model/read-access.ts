import { forbidden } from '@duban/domain';
import type { Actor } from '@duban/domain';

/**
 * Who may read what, in one place. Everyone signed in (leaders, the office, inspectors, admins and
 * unit officers) reads district-wide progress, lists, tasks and findings; a unit's work queue is for
 * the district-wide roles and for that unit's own officers only.
 */
export const readAccess = {
  mayReadDistrict(_actor: Actor): boolean {
    return true;
  },

  assertMayReadUnitQueue(actor: Actor, unitId: string): void {
    if (actor.role === 'UNIT_OFFICER' && actor.unitId !== unitId) {
      throw forbidden('A unit officer sees only the queue of their own unit', {
        unitId,
        ownUnitId: actor.unitId,
      });
    }
  },
};
