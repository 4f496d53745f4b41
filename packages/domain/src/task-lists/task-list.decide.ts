import type { DecisionContext } from '../shared/actor.js';
import { invalidState, notFound, validation } from '../shared/domain-error.js';
import {
  TEXT_LIMITS,
  optionalText,
  requireDistinctTexts,
  requireInteger,
  requireText,
} from '../shared/validation.js';
import { assertAreaInList } from './assert-area-in-list.js';
import { assertMayRunTaskListCommand } from './task-list.access.js';
import type { TaskListCommand } from './task-list.commands.js';
import type { TaskListEdited, TaskListEvent } from './task-list.events.js';
import { evolveTaskList, initialTaskListState } from './task-list.state.js';
import type { TaskListState } from './task-list.state.js';

/** Plausible bounds for a plan year; a typo like 20244 is refused. */
const YEARS = { min: 2000, max: 2100 };

const requireYear = (value: unknown) => requireInteger('year', value, YEARS.min, YEARS.max);
const requireAreas = (value: unknown) =>
  requireDistinctTexts('areas', value, TEXT_LIMITS.area, { allowEmpty: false });

const existing = (state: TaskListState, listId: string) => {
  if (state.status === 'NONE')
    throw notFound('TASK_LIST_NOT_FOUND', `task list ${listId} does not exist`, { listId });
  return state;
};

const draft = (state: TaskListState, listId: string) => {
  const list = existing(state, listId);
  if (list.status !== 'DRAFT') {
    throw invalidState('TASK_LIST_NOT_DRAFT', `task list ${list.listId} is already issued`, {
      listId: list.listId,
    });
  }
  return list;
};

const sameAreas = (a: string[], b: string[]) =>
  a.length === b.length && a.every((area, index) => area === b[index]);

/** Decides task-list commands. Access is checked first, then existence, then input and state. */
export const decideTaskList = (
  command: TaskListCommand,
  state: TaskListState,
  ctx: DecisionContext,
): TaskListEvent[] => {
  assertMayRunTaskListCommand(command, ctx.actor);
  switch (command.type) {
    case 'DraftTaskList': {
      if (state.status !== 'NONE') {
        throw invalidState('TASK_LIST_ALREADY_EXISTS', `task list ${state.listId} already exists`, {
          listId: state.listId,
        });
      }
      return [
        {
          type: 'TaskListDrafted',
          data: {
            listId: requireText('listId', command.data.listId, TEXT_LIMITS.id),
            year: requireYear(command.data.year),
            title: requireText('title', command.data.title, TEXT_LIMITS.title),
            documentNumber: optionalText(
              'documentNumber',
              command.data.documentNumber,
              TEXT_LIMITS.documentNumber,
            ),
            areas: requireAreas(command.data.areas),
            draftedAt: ctx.now,
          },
        },
      ];
    }
    case 'EditTaskList': {
      const list = draft(state, command.data.listId);
      const next = {
        year: command.data.year === undefined ? list.year : requireYear(command.data.year),
        title:
          command.data.title === undefined
            ? list.title
            : requireText('title', command.data.title, TEXT_LIMITS.title),
        documentNumber:
          command.data.documentNumber === undefined
            ? list.documentNumber
            : optionalText('documentNumber', command.data.documentNumber, TEXT_LIMITS.documentNumber),
        areas: command.data.areas === undefined ? list.areas : requireAreas(command.data.areas),
      };
      const changedFields: TaskListEdited['data']['changedFields'] = [];
      const previous: TaskListEdited['data']['previous'] = {};
      if (next.year !== list.year) {
        changedFields.push('year');
        previous.year = list.year;
      }
      if (next.title !== list.title) {
        changedFields.push('title');
        previous.title = list.title;
      }
      if (next.documentNumber !== list.documentNumber) {
        changedFields.push('documentNumber');
        previous.documentNumber = list.documentNumber;
      }
      if (!sameAreas(next.areas, list.areas)) {
        changedFields.push('areas');
        previous.areas = list.areas;
      }
      if (changedFields.length === 0) return [];
      return [
        {
          type: 'TaskListEdited',
          data: { listId: list.listId, ...next, changedFields, previous, editedAt: ctx.now },
        },
      ];
    }
    case 'AddTaskToList': {
      const list = draft(state, command.data.listId);
      const taskId = requireText('taskId', command.data.taskId, TEXT_LIMITS.id);
      const area = requireText('area', command.data.area, TEXT_LIMITS.area);
      assertAreaInList(list, area);
      // A retried DraftTask handler adds the same task again; membership is already recorded.
      if (list.taskIds.includes(taskId)) return [];
      return [{ type: 'TaskAddedToList', data: { listId: list.listId, taskId, area, addedAt: ctx.now } }];
    }
    case 'RemoveTaskFromList': {
      const list = draft(state, command.data.listId);
      if (!list.taskIds.includes(command.data.taskId)) {
        throw notFound('TASK_NOT_IN_LIST', `task ${command.data.taskId} is not in task list ${list.listId}`, {
          listId: list.listId,
          taskId: command.data.taskId,
        });
      }
      return [
        {
          type: 'TaskRemovedFromList',
          data: { listId: list.listId, taskId: command.data.taskId, removedAt: ctx.now },
        },
      ];
    }
    case 'IssueTaskList': {
      const list = existing(state, command.data.listId);
      if (list.status === 'ISSUED') {
        throw invalidState('TASK_LIST_ALREADY_ISSUED', `task list ${list.listId} is already issued`, {
          listId: list.listId,
        });
      }
      if (list.taskIds.length === 0) {
        throw invalidState('TASK_LIST_EMPTY', `task list ${list.listId} has no tasks to issue`, {
          listId: list.listId,
        });
      }
      if (list.documentNumber === null) {
        throw validation(
          'DOCUMENT_NUMBER_REQUIRED',
          `task list ${list.listId} needs a document number to be issued`,
          {
            listId: list.listId,
          },
        );
      }
      return [
        {
          type: 'TaskListIssued',
          data: {
            listId: list.listId,
            year: list.year,
            title: list.title,
            documentNumber: list.documentNumber,
            areas: list.areas,
            taskIds: list.taskIds,
            issuedAt: ctx.now,
          },
        },
      ];
    }
    default: {
      const unexpected: never = command;
      throw validation('VALIDATION', `unknown command ${(unexpected as { type: string }).type}`, {});
    }
  }
};

/** The task list as one emmett-style decider. */
export const taskListDecider = {
  decide: decideTaskList,
  evolve: evolveTaskList,
  initialState: initialTaskListState,
};
