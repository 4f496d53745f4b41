import type { FindingFacts } from '../findings/finding.state.js';
import type { TaskRecord } from '../tasks/task.state.js';
import type { FigureFinding, FigureTask } from './figure-inputs.js';

/** A task folded with the domain's evolve, as the figures read it. */
export const figureTaskOfRecord = (task: TaskRecord): FigureTask => ({
  taskId: task.taskId,
  listId: task.listId,
  area: task.area,
  status: task.status,
  leadUnitId: task.leadUnitId,
  cooperatingUnitIds: task.cooperatingUnitIds,
  deadline: task.deadline,
  completionRequestedAt: task.completionRequestedAt,
  onTime: task.onTime,
  acknowledgedUnitIds: [
    ...(task.leadAcknowledged ? [task.leadUnitId] : []),
    ...task.acknowledgedCooperatingUnitIds.filter((unitId) => task.cooperatingUnitIds.includes(unitId)),
  ],
  approvedHandoffs: task.approvedHandoffs,
  percentByUnit: task.progressByUnit,
  lastFeedbackAtByUnit: task.lastFeedbackAtByUnit,
  figuresByUnit: task.figuresByUnit,
});

/** A finding folded with the domain's evolve, as the figures read it. */
export const figureFindingOfFacts = (finding: FindingFacts): FigureFinding => ({
  findingId: finding.findingId,
  inspectionId: finding.inspectionId,
  unitId: finding.unitId,
  taskId: finding.taskId,
  status: finding.status,
  rectificationDeadline: finding.rectificationDeadline,
});
