import type { TaskList } from '../graphql/task-list.object.js';
import type { TaskListRow } from '../projections/task-list-row.js';

export const toTaskListObject = (row: TaskListRow): TaskList => ({
  id: row.listId,
  year: row.year,
  title: row.title,
  documentNumber: row.documentNumber,
  areas: row.areas,
  status: row.status,
  taskCount: row.taskIds.length,
  taskIds: row.taskIds,
  draftedAt: row.draftedAt,
  issuedAt: row.issuedAt,
});
