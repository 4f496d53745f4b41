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

  /**
   * A finding is the unit's business from its notification (通报) on: before that it is the
   * inspection team's working note, so unit officers do not see findings still in LOGGED.
   */
  seesUnnotifiedFindings(actor: Actor): boolean {
    return actor.role !== 'UNIT_OFFICER';
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
