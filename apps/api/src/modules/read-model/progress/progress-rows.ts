import { DISTRICT_UTC_OFFSET_MINUTES } from '@duban/domain';
import type { MemoryFoldStore } from '../../../core/projection/fold-store.js';
import type { ReadTables } from '../../../core/projection/read-tables.js';
import type { FindingRow } from '../../findings/projections/finding-row.js';
import { FINDINGS_TABLE } from '../../findings/projections/findings.table.js';
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
  findings: FindingRow[];
  units: UnitRow[];
}

/** The district-time bounds of a year, as instants: findings logged in the list's year count for it. */
const yearBounds = (year: number): [string, string] => {
  const offset = DISTRICT_UTC_OFFSET_MINUTES * 60_000;
  return [
    new Date(Date.UTC(year, 0, 1) - offset).toISOString(),
    new Date(Date.UTC(year + 1, 0, 1) - offset).toISOString(),
  ];
};

/**
 * Which findings count for a list: with an area, those linked to the area's tasks; without, every
 * finding logged in the list's year (findings belong to inspections of units, not to lists). A
 * finding counts from its notification (通报) on: before that it is the team's working note, which
 * the unit it is against must not see in any figure.
 */
const findingCounts = (finding: FindingRow, list: TaskListRow, taskIds: Set<string> | null): boolean => {
  if (finding.status === 'LOGGED') return false;
  if (taskIds) return finding.taskId !== null && taskIds.has(finding.taskId);
  const [from, to] = yearBounds(list.year);
  const logged = Date.parse(finding.loggedAt);
  return logged >= Date.parse(from) && logged < Date.parse(to);
};

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
  let findings: FindingRow[];
  if (area) {
    const ids = tasks.map((t) => t.taskId);
    findings =
      ids.length === 0
        ? []
        : await tables.docs(FINDINGS_TABLE, `task_id = any($1::text[]) and status <> 'LOGGED'`, [ids]);
  } else {
    const [from, to] = yearBounds(list.year);
    findings = await tables.docs(
      FINDINGS_TABLE,
      `logged_at >= $1 and logged_at < $2 and status <> 'LOGGED'`,
      [from, to],
    );
  }
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
  const tasks = folded.all(TASKS_TABLE).filter((t) => t.listId === listId && (!area || t.area === area));
  const taskIds = area ? new Set(tasks.map((t) => t.taskId)) : null;
  const findings = folded.all(FINDINGS_TABLE).filter((f) => findingCounts(f, list, taskIds));
  return { list, tasks, findings, units: folded.all(UNITS_TABLE) };
}
