import {
  deriveRates,
  isOverdue,
  lastFeedbackAtOf,
  leadPercentOf,
  sumUnitFigures,
  trafficLight,
  unitPercentOnTask,
} from '@duban/domain';
import type { TaskDeadlineFacts } from '@duban/domain';
import type { ReadView } from '../../read-model/read-view.js';
import type { HandoffRecord } from '../graphql/handoff-record.object.js';
import type { Task } from '../graphql/task.object.js';
import type { TaskUnit } from '../graphql/task-unit.object.js';
import { toIndicatorDefinitionObject } from '../graphql/to-indicator-definition-object.js';
import { figureTaskOfRow } from '../projections/figure-task-of-row.js';
import type { HandoffRecord as HandoffRow, TaskRow } from '../projections/task-row.js';

const DAY_MS = 86_400_000;

/** The deadline helpers read only these fields of the domain's state. */
export const deadlineStateOf = (row: TaskRow): TaskDeadlineFacts => ({
  status: row.status,
  deadline: row.deadline,
  completionRequestedAt: row.completionRequestedAt,
});

export const isTaskOverdue = (row: TaskRow, view: ReadView): boolean =>
  isOverdue(deadlineStateOf(row), view.nowIso);

export const taskTrafficLight = (row: TaskRow, view: ReadView) =>
  trafficLight(deadlineStateOf(row), view.nowIso, view.yellowDays);

const handoffObject = (h: HandoffRow, view: ReadView): HandoffRecord => ({
  ...h,
  fromUnitName: view.unitName(h.fromUnitId),
  toUnitName: view.unitName(h.toUnitId),
});

/** A task row as the GraphQL `Task`, with overdue and traffic light derived for the view's time. */
export function toTaskObject(row: TaskRow, view: ReadView): Task {
  const task = figureTaskOfRow(row);
  const figures = sumUnitFigures(row.indicators, task.figuresByUnit);
  const roleOf = (unitId: string) =>
    unitId === row.leadUnitId
      ? 'LEAD'
      : row.cooperatingUnitIds.includes(unitId)
        ? 'COOPERATING'
        : 'FORMER_LEAD';
  const participants = [row.leadUnitId, ...row.cooperatingUnitIds, ...Object.keys(row.units)];
  const units: TaskUnit[] = [...new Set(participants)].map((unitId) => {
    const record = row.units[unitId];
    return {
      unitId,
      unitName: view.unitName(unitId),
      role: roleOf(unitId),
      acknowledged: record?.acknowledged ?? false,
      acknowledgedAt: record?.acknowledgedAt ?? null,
      percent: unitPercentOnTask(task, unitId),
      lastReportAt: record?.lastReportAt ?? null,
      reports: record?.reports ?? 0,
      figures: Object.entries(record?.figures ?? {}).map(([indicatorId, value]) => ({ indicatorId, value })),
    };
  });
  const endOfTenure = (to: string | null) =>
    Date.parse(to ?? row.completedAt ?? row.cancelledAt ?? view.nowIso);
  const pendingHandoff = row.handoffs.find((h) => h.outcome === 'PENDING') ?? null;
  return {
    id: row.taskId,
    listId: row.listId,
    area: row.area,
    title: row.title,
    description: row.description,
    status: row.status,
    leadUnitId: row.leadUnitId,
    leadUnitName: view.unitName(row.leadUnitId),
    cooperatingUnitIds: row.cooperatingUnitIds,
    units,
    deadline: row.deadline,
    originalDeadline: row.originalDeadline,
    overdue: isTaskOverdue(row, view),
    trafficLight: taskTrafficLight(row, view),
    percent: leadPercentOf(task),
    lastReportAt: lastFeedbackAtOf(task),
    assignedAt: row.assignedAt,
    completionRequestedAt: row.completionRequestedAt,
    completedAt: row.completedAt,
    onTime: row.onTime,
    returns: row.returns,
    leads: row.leads.map((t) => ({
      unitId: t.unitId,
      unitName: view.unitName(t.unitId),
      from: t.from,
      to: t.to,
      days: Math.max(0, Math.round(((endOfTenure(t.to) - Date.parse(t.from)) / DAY_MS) * 10) / 10),
    })),
    handoffs: row.handoffs.map((h) => handoffObject(h, view)),
    pendingHandoff: pendingHandoff && handoffObject(pendingHandoff, view),
    extensions: row.extensions,
    pendingExtension: row.extensions.find((e) => e.outcome === 'PENDING') ?? null,
    urges: row.urges,
    indicators: row.indicators.indicators.map(toIndicatorDefinitionObject),
    figures: Object.entries(figures).map(([indicatorId, value]) => ({ indicatorId, value })),
    rates: deriveRates(row.indicators, figures),
    cancelledAt: row.cancelledAt,
    cancelReason: row.cancelReason,
    updatedAt: row.updatedAt,
    asOf: view.asOf?.toISOString() ?? null,
  };
}
