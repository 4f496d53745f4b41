import { invalidState, notFound } from '../shared/domain-error.js';
import type { UnitState } from './unit.state.js';

/**
 * Handlers call this for every unit a task is drafted for, edited to, or handed off to: tasks go only to
 * registered units that are not retired.
 */
export const assertUnitAssignable = (unitId: string, state: UnitState): void => {
  if (state.status === 'NONE') throw notFound('UNIT_NOT_FOUND', `unit ${unitId} does not exist`, { unitId });
  if (state.status === 'RETIRED') {
    throw invalidState('UNIT_RETIRED', `unit ${state.name} is retired and takes no new tasks`, { unitId });
  }
};
