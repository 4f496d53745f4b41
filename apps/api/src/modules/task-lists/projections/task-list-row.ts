/** A task list (任务清单) as the read model keeps it. */
export interface TaskListRow {
  listId: string;
  year: number;
  title: string;
  documentNumber: string | null;
  /** Areas in their order; areas are data. */
  areas: string[];
  status: 'DRAFT' | 'ISSUED';
  /** Member tasks in the order they were added. */
  taskIds: string[];
  draftedAt: string;
  issuedAt: string | null;
}
