import { invalidState, notFound } from '../shared/domain-error.js';
import type { UnitState } from '../units/unit.state.js';

/**
 * Handlers call this before an account is bound to a unit (registering a unit officer, or moving one):
 * an officer acts for a registered unit that is not retired, so a mistyped unit id never yields an
 * account that sees nothing and can do nothing.
 */
export const assertOfficerUnit = (unitId: string, state: UnitState): void => {
  if (state.status === 'NONE') throw notFound('UNIT_NOT_FOUND', `unit ${unitId} does not exist`, { unitId });
  if (state.status === 'RETIRED') {
    throw invalidState('UNIT_RETIRED', `unit ${state.name} is retired and takes no new officers`, { unitId });
  }
};
