import type { Role } from '../../../generated/graphql.js';

export type TaskAction =
  | 'acknowledge'
  | 'report'
  | 'requestCompletion'
  | 'accept'
  | 'return'
  | 'requestHandoff'
  | 'approveHandoff'
  | 'rejectHandoff'
  | 'requestExtension'
  | 'approveExtension'
  | 'rejectExtension'
  | 'urge'
  | 'cancel';

/** The parts of a task the buttons depend on. */
export interface TaskActionFacts {
  status: string;
  leadUnitId: string;
  units: readonly { unitId: string; role: string; acknowledged: boolean }[];
  hasPendingHandoff: boolean;
  hasPendingExtension: boolean;
}

const OPEN = ['ASSIGNED', 'IN_PROGRESS', 'AWAITING_REVIEW', 'HANDOFF_PENDING'];

/**
 * The buttons to offer a user on a task. This only spares people buttons that would certainly be
 * refused; the API decides every command on its own and its refusal is shown when it differs.
 */
export function availableTaskActions(
  task: TaskActionFacts,
  user: { role: Role; unitId?: string | null | undefined },
): TaskAction[] {
  const open = OPEN.includes(task.status);
  const actions: TaskAction[] = [];
  if (user.role === 'DISTRICT_OFFICE') {
    if (task.status === 'AWAITING_REVIEW') actions.push('accept', 'return');
    if (task.hasPendingHandoff) actions.push('approveHandoff', 'rejectHandoff');
    if (open && task.hasPendingExtension) actions.push('approveExtension', 'rejectExtension');
    if (open) actions.push('urge', 'cancel');
    return actions;
  }
  if (user.role !== 'UNIT_OFFICER' || !user.unitId) return actions;

  const mine = task.units.find((unit) => unit.unitId === user.unitId && unit.role !== 'FORMER_LEAD');
  if (!mine) return actions;
  const lead = task.leadUnitId === user.unitId;
  if (!mine.acknowledged && (lead ? task.status === 'ASSIGNED' : open)) actions.push('acknowledge');
  if (task.status === 'IN_PROGRESS' && mine.acknowledged) actions.push('report');
  if (lead && task.status === 'IN_PROGRESS') actions.push('requestCompletion');
  if (lead && !task.hasPendingHandoff && (task.status === 'ASSIGNED' || task.status === 'IN_PROGRESS'))
    actions.push('requestHandoff');
  if (lead && open && !task.hasPendingExtension) actions.push('requestExtension');
  return actions;
}
