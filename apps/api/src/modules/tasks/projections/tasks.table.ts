import { docTable } from '../../../core/projection/read-table.js';
import type { TaskRow } from './task-row.js';

export const TASKS_TABLE = docTable<TaskRow>({
  name: 'tasks',
  key: { name: 'task_id', type: 'text', value: (t) => t.taskId },
  columns: [
    { name: 'list_id', type: 'text', value: (t) => t.listId },
    { name: 'area', type: 'text', value: (t) => t.area },
    { name: 'title', type: 'text', value: (t) => t.title },
    { name: 'status', type: 'text', value: (t) => t.status },
    { name: 'lead_unit_id', type: 'text', value: (t) => t.leadUnitId },
    // The lead and the cooperating units: "tasks of unit X" is one GIN lookup.
    { name: 'unit_ids', type: 'text[]', value: (t) => [t.leadUnitId, ...t.cooperatingUnitIds] },
    { name: 'deadline', type: 'date', value: (t) => t.deadline },
    { name: 'updated_at', type: 'timestamptz', value: (t) => t.updatedAt },
  ],
  indexes: ['(list_id, area)', '(lead_unit_id)', 'using gin (unit_ids)', '(deadline)', '(updated_at)'],
});
