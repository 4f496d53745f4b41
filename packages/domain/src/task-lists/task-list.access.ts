import { forbidden } from '../shared/domain-error.js';
import type { Actor } from '../shared/actor.js';
import type { TaskListCommand } from './task-list.commands.js';

/** Task lists are drafted and issued by the district office alone. Called first by `decideTaskList`. */
export const assertMayRunTaskListCommand = (command: TaskListCommand, actor: Actor): void => {
  if (actor.role !== 'DISTRICT_OFFICE') {
    throw forbidden(`${actor.role} may not ${command.type}`, { command: command.type, role: actor.role });
  }
};
