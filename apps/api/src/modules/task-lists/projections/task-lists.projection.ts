import type { TaskListEvent } from '@duban/domain';
import type { ReadAllEvent } from '@duban/event-store';
import type { FoldSpec } from '../../../core/projection/document-projection.js';
import { TASK_LISTS_TABLE } from './task-lists.table.js';

const TYPES: ReadonlySet<string> = new Set<TaskListEvent['type']>([
  'TaskListDrafted',
  'TaskListEdited',
  'TaskAddedToList',
  'TaskRemovedFromList',
  'TaskListIssued',
]);

/** Task lists with their areas and member tasks. */
export const taskListsProjection: FoldSpec = {
  name: 'task-lists',
  version: 1,
  tables: [TASK_LISTS_TABLE],
  handles: TYPES,
  reads: (event) => [[TASK_LISTS_TABLE, (event.data as { listId: string }).listId]],
  fold(raw: ReadAllEvent, store) {
    const event = { type: raw.type, data: raw.data } as TaskListEvent;
    const current = store.get(TASK_LISTS_TABLE, event.data.listId);
    switch (event.type) {
      case 'TaskListDrafted':
        store.put(TASK_LISTS_TABLE, event.data.listId, {
          listId: event.data.listId,
          year: event.data.year,
          title: event.data.title,
          documentNumber: event.data.documentNumber,
          areas: event.data.areas,
          status: 'DRAFT',
          taskIds: [],
          draftedAt: event.data.draftedAt,
          issuedAt: null,
        });
        return;
      case 'TaskListEdited':
        if (!current) return;
        store.put(TASK_LISTS_TABLE, current.listId, {
          ...current,
          year: event.data.year,
          title: event.data.title,
          documentNumber: event.data.documentNumber,
          areas: event.data.areas,
        });
        return;
      case 'TaskAddedToList':
        if (!current || current.taskIds.includes(event.data.taskId)) return;
        store.put(TASK_LISTS_TABLE, current.listId, {
          ...current,
          taskIds: [...current.taskIds, event.data.taskId],
        });
        return;
      case 'TaskRemovedFromList':
        if (!current) return;
        store.put(TASK_LISTS_TABLE, current.listId, {
          ...current,
          taskIds: current.taskIds.filter((id) => id !== event.data.taskId),
        });
        return;
      case 'TaskListIssued':
        if (!current) return;
        store.put(TASK_LISTS_TABLE, current.listId, {
          ...current,
          year: event.data.year,
          title: event.data.title,
          documentNumber: event.data.documentNumber,
          areas: event.data.areas,
          status: 'ISSUED',
          issuedAt: event.data.issuedAt,
        });
        return;
      default: {
        const never: never = event;
        return never;
      }
    }
  },
};
