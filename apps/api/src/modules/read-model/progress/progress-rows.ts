import { attributeFinding, countsForList, inspectionYearOf } from '@duban/domain';
import type { AttributionLookups } from '@duban/domain';
import type { MemoryFoldStore } from '../../../core/projection/fold-store.js';
import type { ReadTables } from '../../../core/projection/read-tables.js';
import type { FindingRow } from '../../findings/projections/finding-row.js';
import { FINDINGS_TABLE } from '../../findings/projections/findings.table.js';
import type { InspectionRow } from '../../inspections/projections/inspection-row.js';
import { INSPECTIONS_TABLE } from '../../inspections/projections/inspections.table.js';
import type { TaskListRow } from '../../task-lists/projections/task-list-row.js';
import { TASK_LISTS_TABLE } from '../../task-lists/projections/task-lists.table.js';
import type { TaskRow } from '../../tasks/projections/task-row.js';
import { TASKS_TABLE } from '../../tasks/projections/tasks.table.js';
import type { UnitRow } from '../../units/projections/unit-row.js';
import { UNITS_TABLE } from '../../units/projections/units.table.js';

/** The rows progress figures are computed from. */
export interface ProgressRows {
  list: TaskListRow;
  tasks: TaskRow[];
  /** The findings that count for the list (for an area: those linked to its tasks). */
  findings: FindingRow[];
  units: UnitRow[];
}

/**
 * The domain's rule (`attributeFinding`): a finding linked to a task counts for that task's list
 * (and, with an area, only if the task is in the area); one without a task link counts for every
 * list of the year its inspection declares, and for no area.
 */
const countsFor = (
  finding: FindingRow,
  list: TaskListRow,
  area: string | null,
  lookups: AttributionLookups,
): boolean => {
  const attribution = attributeFinding(finding, lookups);
  return countsForList(attribution, list) && (area === null || attribution.area === area);
};

const lookupsOf = (
  list: TaskListRow,
  tasks: ReadonlyMap<string, Pick<TaskRow, 'listId' | 'area'>>,
  inspections: ReadonlyMap<string, Pick<InspectionRow, 'periodEnd'>>,
  listYear: (listId: string) => number | undefined,
): AttributionLookups => ({
  taskOf: (taskId) => tasks.get(taskId),
  listOf: (listId) => {
    const year = listId === list.listId ? list.year : listYear(listId);
    return year === undefined ? undefined : { listId, year };
  },
  inspectionOf: (inspectionId) => inspections.get(inspectionId),
});

/** From the read tables (the live answer). */
export async function loadProgressRows(
  tables: ReadTables,
  listId: string,
  area: string | null,
): Promise<ProgressRows | null> {
  const list = await tables.doc(TASK_LISTS_TABLE, listId);
  if (!list) return null;
  const tasks = area
    ? await tables.docs(TASKS_TABLE, 'list_id = $1 and area = $2', [listId, area])
    : await tables.docs(TASKS_TABLE, 'list_id = $1', [listId]);
  const taskIds = tasks.map((t) => t.taskId);
  // Candidates: findings linked to the list's tasks, and (without an area) the findings of the
  // inspections that declare the list's year; the rule below decides.
  const yearInspections = area
    ? []
    : (await tables.docs(INSPECTIONS_TABLE)).filter((i) => inspectionYearOf(i) === list.year);
  const inspectionIds = yearInspections.map((i) => i.inspectionId);
  const candidates =
    taskIds.length === 0 && inspectionIds.length === 0
      ? []
      : await tables.docs(FINDINGS_TABLE, 'task_id = any($1::text[]) or inspection_id = any($2::text[])', [
          taskIds,
          inspectionIds,
        ]);
  // Tasks of other lists that candidates link to: such a finding counts for that other list.
  const known = new Set(taskIds);
  const otherIds = [
    ...new Set(candidates.flatMap((f) => (f.taskId && !known.has(f.taskId) ? [f.taskId] : []))),
  ];
  const others =
    otherIds.length === 0 ? [] : await tables.docs(TASKS_TABLE, 'task_id = any($1::text[])', [otherIds]);
  const taskMap = new Map<string, Pick<TaskRow, 'listId' | 'area'>>(
    [...tasks, ...others].map((t) => [t.taskId, t]),
  );
  const lookups = lookupsOf(
    list,
    taskMap,
    new Map(yearInspections.map((i) => [i.inspectionId, i])),
    () => undefined,
  );
  const findings = candidates.filter((f) => countsFor(f, list, area, lookups));
  const units = await tables.docs(UNITS_TABLE);
  return { list, tasks, findings, units };
}

/** From the log folded in memory (the as-of answer); the same selection as `loadProgressRows`. */
export function foldedProgressRows(
  folded: MemoryFoldStore,
  listId: string,
  area: string | null,
): ProgressRows | null {
  const list = folded.get(TASK_LISTS_TABLE, listId);
  if (!list) return null;
  const allTasks = folded.all(TASKS_TABLE);
  const tasks = allTasks.filter((t) => t.listId === listId && (!area || t.area === area));
  const lookups = lookupsOf(
    list,
    new Map(allTasks.map((t) => [t.taskId, t])),
    new Map(folded.all(INSPECTIONS_TABLE).map((i) => [i.inspectionId, i])),
    (id) => folded.get(TASK_LISTS_TABLE, id)?.year,
  );
  const findings = folded.all(FINDINGS_TABLE).filter((f) => countsFor(f, list, area, lookups));
  return { list, tasks, findings, units: folded.all(UNITS_TABLE) };
}
