import type { FigureTask } from '@duban/domain';
import type { TaskRow } from './task-row.js';

/** A task row as the domain's figure functions read it (the same shape the report folds to). */
export const figureTaskOfRow = (row: TaskRow): FigureTask => {
  const units = Object.values(row.units);
  const inRole = (unitId: string) => unitId === row.leadUnitId || row.cooperatingUnitIds.includes(unitId);
  return {
    taskId: row.taskId,
    listId: row.listId,
    area: row.area,
    status: row.status,
    leadUnitId: row.leadUnitId,
    cooperatingUnitIds: row.cooperatingUnitIds,
    deadline: row.deadline,
    completionRequestedAt: row.completionRequestedAt,
    onTime: row.onTime,
    acknowledgedUnitIds: units.filter((u) => u.acknowledged && inRole(u.unitId)).map((u) => u.unitId),
    approvedHandoffs: row.handoffs.filter((h) => h.outcome === 'APPROVED'),
    percentByUnit: Object.fromEntries(units.map((u) => [u.unitId, u.percent])),
    lastFeedbackAtByUnit: Object.fromEntries(
      units.flatMap((u) => (u.lastReportAt ? [[u.unitId, u.lastReportAt] as const] : [])),
    ),
    figuresByUnit: Object.fromEntries(
      units.filter((u) => Object.keys(u.figures).length > 0).map((u) => [u.unitId, u.figures]),
    ),
  };
};
