import { forbidden } from '../shared/domain-error.js';
import type { Actor } from '../shared/actor.js';
import type { UnitCommand } from './unit.commands.js';

/** Only the system administrator maintains the unit registry. Called first by `decideUnit`. */
export const assertMayRunUnitCommand = (command: UnitCommand, actor: Actor): void => {
  if (actor.role !== 'SYSTEM_ADMIN') {
    throw forbidden(`${actor.role} may not ${command.type}`, { command: command.type, role: actor.role });
  }
};
