import { docTable } from '../../../core/projection/read-table.js';
import type { TaskListRow } from './task-list-row.js';

export const TASK_LISTS_TABLE = docTable<TaskListRow>({
  name: 'task_lists',
  key: { name: 'list_id', type: 'text', value: (l) => l.listId },
  columns: [
    { name: 'year', type: 'integer', value: (l) => l.year },
    { name: 'status', type: 'text', value: (l) => l.status },
    { name: 'drafted_at', type: 'timestamptz', value: (l) => l.draftedAt },
  ],
  indexes: ['(year)'],
});
