/**
 * Task-list events. Membership lives in the list stream (TaskAddedToList / TaskRemovedFromList) so
 * the list alone can decide whether it may be issued and which tasks its issue covers.
 */
export type TaskListDrafted = {
  type: 'TaskListDrafted';
  data: {
    listId: string;
    year: number;
    title: string;
    /** 文号; may be empty while drafting, required to issue. */
    documentNumber: string | null;
    areas: string[];
    draftedAt: string;
  };
};

export type TaskListEdited = {
  type: 'TaskListEdited';
  data: {
    listId: string;
    year: number;
    title: string;
    documentNumber: string | null;
    areas: string[];
    /** Names of the fields that changed, and their values before the edit. */
    changedFields: ('year' | 'title' | 'documentNumber' | 'areas')[];
    previous: { year?: number; title?: string; documentNumber?: string | null; areas?: string[] };
    editedAt: string;
  };
};

export type TaskAddedToList = {
  type: 'TaskAddedToList';
  data: { listId: string; taskId: string; area: string; addedAt: string };
};

export type TaskRemovedFromList = {
  type: 'TaskRemovedFromList';
  data: { listId: string; taskId: string; removedAt: string };
};

export type TaskListIssued = {
  type: 'TaskListIssued';
  data: {
    listId: string;
    year: number;
    title: string;
    documentNumber: string;
    areas: string[];
    /** The tasks this issue covers; the handler issues each (IssueTask) after appending this. */
    taskIds: string[];
    issuedAt: string;
  };
};

export type TaskListEvent =
  TaskListDrafted | TaskListEdited | TaskAddedToList | TaskRemovedFromList | TaskListIssued;
