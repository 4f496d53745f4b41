export type DraftTaskList = {
  type: 'DraftTaskList';
  data: { listId: string; year: number; title: string; documentNumber?: string | null; areas: string[] };
};

/** Only the fields given change. */
export type EditTaskList = {
  type: 'EditTaskList';
  data: { listId: string; year?: number; title?: string; documentNumber?: string | null; areas?: string[] };
};

/** Run by the DraftTask handler before drafting the task itself; re-adding a member is a no-op. */
export type AddTaskToList = { type: 'AddTaskToList'; data: { listId: string; taskId: string; area: string } };
/** Run by the RemoveTask handler. */
export type RemoveTaskFromList = { type: 'RemoveTaskFromList'; data: { listId: string; taskId: string } };
export type IssueTaskList = { type: 'IssueTaskList'; data: { listId: string } };

export type TaskListCommand =
  DraftTaskList | EditTaskList | AddTaskToList | RemoveTaskFromList | IssueTaskList;
