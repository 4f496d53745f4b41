import type { TaskListEvent } from './task-list.events.js';

export type TaskListState =
  | { status: 'NONE' }
  | {
      status: 'DRAFT' | 'ISSUED';
      listId: string;
      year: number;
      title: string;
      documentNumber: string | null;
      areas: string[];
      /** Member tasks in the order they were added. */
      taskIds: string[];
      issuedAt: string | null;
    };

export const initialTaskListState = (): TaskListState => ({ status: 'NONE' });

export const evolveTaskList = (state: TaskListState, event: TaskListEvent): TaskListState => {
  switch (event.type) {
    case 'TaskListDrafted': {
      const { listId, year, title, documentNumber, areas } = event.data;
      return { status: 'DRAFT', listId, year, title, documentNumber, areas, taskIds: [], issuedAt: null };
    }
    case 'TaskListEdited': {
      if (state.status === 'NONE') return state;
      const { year, title, documentNumber, areas } = event.data;
      return { ...state, year, title, documentNumber, areas };
    }
    case 'TaskAddedToList':
      return state.status === 'NONE' ? state : { ...state, taskIds: [...state.taskIds, event.data.taskId] };
    case 'TaskRemovedFromList':
      return state.status === 'NONE'
        ? state
        : { ...state, taskIds: state.taskIds.filter((taskId) => taskId !== event.data.taskId) };
    case 'TaskListIssued':
      return state.status === 'NONE'
        ? state
        : { ...state, status: 'ISSUED', taskIds: event.data.taskIds, issuedAt: event.data.issuedAt };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
};
