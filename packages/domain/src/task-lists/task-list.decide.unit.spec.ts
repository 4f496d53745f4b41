import { describe, expect, it } from 'vitest';
import { contextOf, testActors } from '../shared/testing/actors.js';
import { deciderSpec } from '../shared/testing/decider-spec.js';
import { assertAreaInList } from './assert-area-in-list.js';
import { taskListDecider } from './task-list.decide.js';
import type { TaskListEvent } from './task-list.events.js';
import { taskListStream } from './task-list.stream.js';

const NOW = '2024-03-01T09:00:00+08:00';
const office = contextOf(testActors.office, NOW);
const spec = deciderSpec(taskListDecider);
const AREAS = ['依法决策', '行政执法', '矛盾纠纷化解'];

const drafted: TaskListEvent = {
  type: 'TaskListDrafted',
  data: {
    listId: 'l24',
    year: 2024,
    title: '2024年法治政府建设任务清单',
    documentNumber: null,
    areas: AREAS,
    draftedAt: NOW,
  },
};
const numbered: TaskListEvent = {
  type: 'TaskListEdited',
  data: {
    listId: 'l24',
    year: 2024,
    title: '2024年法治政府建设任务清单',
    documentNumber: '昌法治办〔2024〕1号',
    areas: AREAS,
    changedFields: ['documentNumber'],
    previous: { documentNumber: null },
    editedAt: NOW,
  },
};
const added = (taskId: string, area = '行政执法'): TaskListEvent => ({
  type: 'TaskAddedToList',
  data: { listId: 'l24', taskId, area, addedAt: NOW },
});
const issued: TaskListEvent = {
  type: 'TaskListIssued',
  data: {
    listId: 'l24',
    year: 2024,
    title: '2024年法治政府建设任务清单',
    documentNumber: '昌法治办〔2024〕1号',
    areas: AREAS,
    taskIds: ['t1', 't2'],
    issuedAt: NOW,
  },
};

describe('task list', () => {
  it('names its stream apart from task streams', () => {
    expect(taskListStream('l24')).toBe('tasklist-l24');
  });

  it('drafts a list with its year, title and areas as data', () => {
    spec
      .given([])
      .when(
        {
          type: 'DraftTaskList',
          data: { listId: 'l24', year: 2024, title: '2024年法治政府建设任务清单', areas: AREAS },
        },
        office,
      )
      .then([drafted]);
  });

  it.each([
    ['no areas', { areas: [] }],
    ['a repeated area', { areas: ['行政执法', '行政执法'] }],
    ['an implausible year', { year: 20244 }],
    ['a fractional year', { year: 2024.5 }],
    ['an empty title', { title: ' ' }],
  ])('refuses a draft with %s', (_label, patch) => {
    spec
      .given([])
      .when(
        { type: 'DraftTaskList', data: { listId: 'l24', year: 2024, title: 'T', areas: AREAS, ...patch } },
        office,
      )
      .thenThrows('VALIDATION', 'VALIDATION');
  });

  it('refuses to draft an existing list', () => {
    spec
      .given([drafted])
      .when({ type: 'DraftTaskList', data: { listId: 'l24', year: 2024, title: 'T', areas: AREAS } }, office)
      .thenThrows('TASK_LIST_ALREADY_EXISTS');
  });

  it.each([['admin'], ['inspector'], ['leader']] as const)(
    'lets only the district office run list commands: %s may not',
    (who) => {
      spec
        .given([])
        .when(
          { type: 'DraftTaskList', data: { listId: 'l24', year: 2024, title: 'T', areas: AREAS } },
          contextOf(testActors[who], NOW),
        )
        .thenThrows('FORBIDDEN', 'FORBIDDEN');
      spec
        .given([drafted, added('t1')])
        .when({ type: 'IssueTaskList', data: { listId: 'l24' } }, contextOf(testActors[who], NOW))
        .thenThrows('FORBIDDEN');
    },
  );

  it('refuses a unit officer issuing a list', () => {
    spec
      .given([drafted, numbered, added('t1')])
      .when({ type: 'IssueTaskList', data: { listId: 'l24' } }, contextOf(testActors.officerOf('sfj'), NOW))
      .thenThrows('FORBIDDEN');
  });

  it('edits only the given fields and records their previous values', () => {
    spec
      .given([drafted])
      .when({ type: 'EditTaskList', data: { listId: 'l24', documentNumber: '昌法治办〔2024〕1号' } }, office)
      .then([numbered]);
  });

  it('records every changed field of an edit', () => {
    const [event] = spec
      .given([drafted])
      .when(
        { type: 'EditTaskList', data: { listId: 'l24', year: 2025, title: '新', areas: ['普法宣传'] } },
        office,
      )
      .events();
    expect(event).toMatchObject({
      type: 'TaskListEdited',
      data: {
        year: 2025,
        title: '新',
        areas: ['普法宣传'],
        changedFields: ['year', 'title', 'areas'],
        previous: { year: 2024, title: '2024年法治政府建设任务清单', areas: AREAS },
      },
    });
  });

  it('decides nothing for an edit that changes nothing', () => {
    spec
      .given([drafted])
      .when({ type: 'EditTaskList', data: { listId: 'l24', year: 2024, areas: [...AREAS] } }, office)
      .then([]);
  });

  it('refuses to edit an issued or missing list, or with invalid input', () => {
    spec
      .given([drafted, numbered, added('t1'), issued])
      .when({ type: 'EditTaskList', data: { listId: 'l24', title: 'x' } }, office)
      .thenThrows('TASK_LIST_NOT_DRAFT');
    spec
      .given([])
      .when({ type: 'EditTaskList', data: { listId: 'l24', title: 'x' } }, office)
      .thenThrows('TASK_LIST_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([drafted])
      .when({ type: 'EditTaskList', data: { listId: 'l24', areas: [] } }, office)
      .thenThrows('VALIDATION');
  });

  it('adds a task under one of its areas', () => {
    spec
      .given([drafted])
      .when({ type: 'AddTaskToList', data: { listId: 'l24', taskId: 't1', area: '行政执法' } }, office)
      .then([added('t1')]);
  });

  it('treats adding a member again as already done', () => {
    spec
      .given([drafted, added('t1')])
      .when({ type: 'AddTaskToList', data: { listId: 'l24', taskId: 't1', area: '行政执法' } }, office)
      .then([]);
  });

  it('refuses a task in an area the list does not have', () => {
    spec
      .given([drafted])
      .when({ type: 'AddTaskToList', data: { listId: 'l24', taskId: 't1', area: '普法宣传' } }, office)
      .thenThrows('AREA_NOT_IN_LIST', 'VALIDATION');
  });

  it('refuses to add tasks to an issued list', () => {
    spec
      .given([drafted, numbered, added('t1'), added('t2'), issued])
      .when({ type: 'AddTaskToList', data: { listId: 'l24', taskId: 't3', area: '行政执法' } }, office)
      .thenThrows('TASK_LIST_NOT_DRAFT', 'INVALID_STATE');
  });

  it('removes a member task', () => {
    spec
      .given([drafted, added('t1')])
      .when({ type: 'RemoveTaskFromList', data: { listId: 'l24', taskId: 't1' } }, office)
      .then([{ type: 'TaskRemovedFromList', data: { listId: 'l24', taskId: 't1', removedAt: NOW } }]);
  });

  it('refuses to remove a task that is not a member, or from an issued list', () => {
    spec
      .given([drafted])
      .when({ type: 'RemoveTaskFromList', data: { listId: 'l24', taskId: 't1' } }, office)
      .thenThrows('TASK_NOT_IN_LIST', 'NOT_FOUND');
    spec
      .given([drafted, numbered, added('t1'), added('t2'), issued])
      .when({ type: 'RemoveTaskFromList', data: { listId: 'l24', taskId: 't1' } }, office)
      .thenThrows('TASK_LIST_NOT_DRAFT');
  });

  it('issues a numbered list with its member tasks, in order', () => {
    spec
      .given([drafted, numbered, added('t1'), added('t2')])
      .when({ type: 'IssueTaskList', data: { listId: 'l24' } }, office)
      .then([issued]);
  });

  it('leaves removed tasks out of the issue', () => {
    const removed: TaskListEvent = {
      type: 'TaskRemovedFromList',
      data: { listId: 'l24', taskId: 't1', removedAt: NOW },
    };
    const [event] = spec
      .given([drafted, numbered, added('t1'), added('t2'), removed])
      .when({ type: 'IssueTaskList', data: { listId: 'l24' } }, office)
      .events();
    expect(event).toMatchObject({ data: { taskIds: ['t2'] } });
  });

  it('refuses to issue a list without tasks', () => {
    spec
      .given([drafted, numbered])
      .when({ type: 'IssueTaskList', data: { listId: 'l24' } }, office)
      .thenThrows('TASK_LIST_EMPTY', 'INVALID_STATE');
  });

  it('refuses to issue a list without a document number', () => {
    spec
      .given([drafted, added('t1')])
      .when({ type: 'IssueTaskList', data: { listId: 'l24' } }, office)
      .thenThrows('DOCUMENT_NUMBER_REQUIRED');
  });

  it('refuses to issue twice or a missing list', () => {
    spec
      .given([drafted, numbered, added('t1'), added('t2'), issued])
      .when({ type: 'IssueTaskList', data: { listId: 'l24' } }, office)
      .thenThrows('TASK_LIST_ALREADY_ISSUED');
    spec
      .given([])
      .when({ type: 'IssueTaskList', data: { listId: 'l24' } }, office)
      .thenThrows('TASK_LIST_NOT_FOUND');
  });

  it('lets handlers check a task’s area against the list', () => {
    const list = [drafted].reduce(taskListDecider.evolve, taskListDecider.initialState());
    expect(() => assertAreaInList(list, '依法决策')).not.toThrow();
    expect(() => assertAreaInList(list, '普法宣传')).toThrow(
      expect.objectContaining({ code: 'AREA_NOT_IN_LIST' }),
    );
    expect(() => assertAreaInList(taskListDecider.initialState(), '依法决策')).toThrow(
      expect.objectContaining({ code: 'AREA_NOT_IN_LIST' }),
    );
  });
});
