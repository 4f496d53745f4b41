import { validation } from '../shared/domain-error.js';
import type { TaskListState } from './task-list.state.js';

/** A task's area must be one of its list's areas; the EditTask handler checks a changed area with this. */
export const assertAreaInList = (list: TaskListState, area: string): void => {
  if (list.status === 'NONE' || !list.areas.includes(area)) {
    throw validation('AREA_NOT_IN_LIST', `area ${area} is not an area of this task list`, {
      area,
      areas: list.status === 'NONE' ? [] : list.areas,
    });
  }
};
