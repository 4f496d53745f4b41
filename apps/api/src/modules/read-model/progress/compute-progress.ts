import { tallyProgress } from '@duban/domain';
import type { FigureFinding } from '@duban/domain';
import type { FindingRow } from '../../findings/projections/finding-row.js';
import { figureTaskOfRow } from '../../tasks/projections/figure-task-of-row.js';
import type { TaskRow } from '../../tasks/projections/task-row.js';
import type { UnitRow } from '../../units/projections/unit-row.js';
import type { ReadView } from '../read-view.js';
import type { ProgressReport, UnitProgressFigures } from './progress-figures.js';

const figureFindingOfRow = (row: FindingRow): FigureFinding => ({
  findingId: row.findingId,
  inspectionId: row.inspectionId,
  unitId: row.unitId,
  taskId: row.taskId,
  status: row.status,
  rectificationDeadline: row.rectificationDeadline,
});

/**
 * Progress per department, per area and for the district, from task and finding rows and the view's
 * time, counted by the domain's one definition (`tallyProgress`): the live query, the as-of query,
 * the ledgers and the report all count with it. `findings` are those that count for the list
 * (`progress-rows.ts`); a finding belongs to the area of its task when that task is among `tasks`.
 */
export function computeProgress(
  tasks: readonly TaskRow[],
  findings: readonly FindingRow[],
  units: readonly UnitRow[],
  view: ReadView,
): ProgressReport {
  const areaOfTask = new Map(tasks.map((t) => [t.taskId, t.area]));
  const tally = tallyProgress({
    tasks: tasks.map(figureTaskOfRow),
    findings: findings.map((row) => ({
      finding: figureFindingOfRow(row),
      area: (row.taskId !== null ? areaOfTask.get(row.taskId) : undefined) ?? null,
    })),
    unitIds: units.filter((u) => !u.retired).map((u) => u.unitId),
    now: view.nowIso,
    yellowDays: view.yellowDays,
  });

  const unitsById = new Map(units.map((u) => [u.unitId, u]));
  const unitRows: UnitProgressFigures[] = tally.units.map(({ unitId, figures }) => ({
    unitId,
    unitName: unitsById.get(unitId)?.name ?? unitId,
    unitKind: unitsById.get(unitId)?.kind ?? 'DEPARTMENT',
    ...figures,
  }));
  unitRows.sort(
    (a, b) => a.unitKind.localeCompare(b.unitKind) || a.unitName.localeCompare(b.unitName, 'zh-CN'),
  );
  return {
    units: unitRows,
    areas: tally.areas.map(({ area, figures }) => ({ area, ...figures })),
    totals: tally.totals,
  };
}
