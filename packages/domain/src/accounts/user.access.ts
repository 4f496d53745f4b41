import { forbidden } from '../shared/domain-error.js';
import type { Actor } from '../shared/actor.js';
import type { UserCommand } from './user.commands.js';

/**
 * The system administrator manages accounts; anyone may change their own password. Called first by
 * `decideUser`.
 */
export const assertMayRunUserCommand = (command: UserCommand, actor: Actor): void => {
  if (actor.role === 'SYSTEM_ADMIN') return;
  if (command.type === 'ChangePassword' && command.data.userId === actor.userId) return;
  throw forbidden(`${actor.role} may not ${command.type}`, { command: command.type, role: actor.role });
};
