import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { taskDecider, taskListDecider, taskListStream, taskStream } from '@duban/domain';
import type { IssueTaskList, RemoveTask } from '@duban/domain';
import type { EventStore, RecordedEvent } from '@duban/event-store';
import { ControllableClock } from '../../../../test/support/controllable-clock.js';
import { startTestApp } from '../../../../test/support/start-test-app.js';
import type { TestApp } from '../../../../test/support/start-test-app.js';
import { ACTORS, AREA, TasksFixture, UNITS } from '../../../../test/support/tasks-fixture.js';
import { CommandRunner } from '../../../core/event-store/command-runner.js';
import { ADD_OVERTAKEN_REASON } from './add-task/add-task.handler.js';
import { AddTaskCommand } from './add-task/add-task.command.js';
import { DraftTaskListCommand } from './draft-task-list/draft-task-list.command.js';
import { IssueTaskListCommand } from './issue-task-list/issue-task-list.command.js';
import { LIST_ISSUE_KEY } from './issue-task-list/issue-listed-tasks.js';
import { RemoveTaskCommand } from './remove-task/remove-task.command.js';
import { REMOVAL_OVERTAKEN_REASON } from './remove-task/withdraw-overtaken-removal.js';
import { ReportTaskProgressCommand } from './report-task-progress/report-task-progress.command.js';
import { UrgeTaskCommand } from './urge-task/urge-task.command.js';

describe('task commands under concurrency and interruption (PGlite)', () => {
  let app: TestApp;
  let bus: CommandBus;
  let fixture: TasksFixture;

  beforeAll(async () => {
    app = await startTestApp({
      clock: new ControllableClock(new Date('2030-06-01T00:00:00.000Z')),
      env: { DUBAN_URGE_INTERVAL_MS: '0' },
    });
    bus = app.app.get(CommandBus);
    fixture = new TasksFixture(bus, app.store);
    await fixture.registerUnits();
  }, 120_000);
  afterAll(() => app?.close());

  type Append = EventStore['append'];
  /** Puts `intercept` in front of the store's append until `restoreAppend()` (at the latest, the test's end). */
  let restoreAppend = () => {};
  afterEach(() => restoreAppend());
  function interceptAppends(intercept: (append: Append, ...args: Parameters<Append>) => ReturnType<Append>) {
    const store: EventStore = app.store;
    const original = store.append;
    const append: Append = (...args) => original.apply(store, args);
    restoreAppend = () => {
      store.append = original;
      restoreAppend = () => {};
    };
    store.append = (...args) => intercept(append, ...args);
  }

  /** The event types of each task's stream once all are assigned (or after 10 s, as they are then). */
  async function typesOnceAssigned(taskIds: string[]): Promise<string[][]> {
    const deadline = Date.now() + 10_000;
    let types: string[][] = [];
    while (Date.now() < deadline) {
      types = await Promise.all(taskIds.map((id) => fixture.streamTypes(taskStream(id))));
      if (types.every((t) => t.includes('TaskAssigned'))) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return types;
  }

  it('applies or refuses with CONFLICT each of 20 simultaneous commands on one task, leaving no gap or duplicate', async () => {
    const { taskId } = await fixture.taskAt('IN_PROGRESS');
    const before = await app.store.readStream(taskStream(taskId));
    const commands = Array.from({ length: 20 }, (_, i) =>
      i % 3 === 0
        ? new UrgeTaskCommand(ACTORS.office, { taskId, message: `第${i}次催办` })
        : new ReportTaskProgressCommand(i % 3 === 1 ? ACTORS.leadOfficer : ACTORS.cooperatingOfficer, {
            taskId,
            percent: 50,
            narrative: `第${i}次反馈`,
          }),
    );
    const outcomes = await Promise.all(
      commands.map((command) =>
        bus.execute(command).then(
          () => 'applied',
          (error: { name?: string }) => (error.name === 'ConcurrencyError' ? 'CONFLICT' : String(error)),
        ),
      ),
    );
    expect(outcomes.every((o) => o === 'applied' || o === 'CONFLICT')).toBe(true);
    const applied = outcomes.filter((o) => o === 'applied').length;
    expect(applied).toBeGreaterThanOrEqual(1);
    const after = await app.store.readStream(taskStream(taskId));
    expect(after.length - before.length).toBe(applied);
    expect(after.map((e) => e.streamPosition)).toEqual(after.map((_, i) => i));
    expect(new Set(after.map((e) => e.id)).size).toBe(after.length);
  });

  it('finishes an issue cut short after TaskListIssued, by itself and when the command is run again', async () => {
    const listId = await fixture.draftList();
    const taskIds = [
      await fixture.addTask(listId),
      await fixture.addTask(listId),
      await fixture.addTask(listId),
    ];
    // What a crash right after the list's append leaves behind: an issued list of drafted tasks.
    const issue: IssueTaskList = { type: 'IssueTaskList', data: { listId } };
    await app.app.get(CommandRunner).run({
      streamId: taskListStream(listId),
      decider: taskListDecider,
      command: issue,
      actor: ACTORS.office,
      idempotencyKey: LIST_ISSUE_KEY,
    });
    const retried = await bus.execute(new IssueTaskListCommand(ACTORS.office, listId));
    expect(retried.listId).toBe(listId);
    const assigned = async () => {
      const types = await Promise.all(taskIds.map((id) => fixture.streamTypes(taskStream(id))));
      return types.map((t) => t.filter((type) => type === 'TaskAssigned').length);
    };
    expect(await assigned()).toEqual([1, 1, 1]);
    expect(
      (await fixture.streamTypes(taskListStream(listId))).filter((t) => t === 'TaskListIssued'),
    ).toHaveLength(1);
  });

  it('lets the process manager assign the tasks of an issued list that nobody finished issuing', async () => {
    const listId = await fixture.draftList();
    const taskIds = [await fixture.addTask(listId), await fixture.addTask(listId)];
    await app.app.get(CommandRunner).run({
      streamId: taskListStream(listId),
      decider: taskListDecider,
      command: { type: 'IssueTaskList', data: { listId } } as IssueTaskList,
      actor: ACTORS.office,
      idempotencyKey: LIST_ISSUE_KEY,
    });
    expect(await typesOnceAssigned(taskIds)).toEqual([
      ['TaskDrafted', 'TaskAssigned'],
      ['TaskDrafted', 'TaskAssigned'],
    ]);
    const assigned = await app.store.readStream(taskStream(taskIds[0]!));
    expect(assigned[1]!.metadata.actor.userId).toBe(ACTORS.office.userId);
  });

  describe('an add cut short between its two appends (list membership, then the task)', () => {
    const addCommand = (listId: string, taskId: string) =>
      new AddTaskCommand(ACTORS.office, {
        listId,
        taskId,
        area: AREA,
        title: '专项执法检查',
        description: '开展专项执法检查',
        leadUnitId: UNITS.lead,
        deadline: '2030-12-31',
      });
    /**
     * Intercepts the next append of the task's TaskDrafted: `'crash'` fails it as if the process had
     * stopped right after the list's append; a function runs first, as another request would in between.
     */
    const beforeDrafting = (taskId: string, step: 'crash' | (() => Promise<unknown>)) =>
      interceptAppends(async (append, ...args) => {
        const [streamId, events] = args;
        if (streamId === taskStream(taskId) && events.some((e) => e.type === 'TaskDrafted')) {
          restoreAppend();
          if (step === 'crash') throw new Error('injected: stopped between the two appends');
          await step();
        }
        return append(...args);
      });
    const listEvents = async (listId: string): Promise<RecordedEvent[]> =>
      app.store.readStream(taskListStream(listId));
    const dataOf = <T>(event: RecordedEvent | undefined) => event?.data as T;

    it('leaves a member with no task, which issuing drops before it issues the rest', async () => {
      const listId = await fixture.draftList();
      const kept = [await fixture.addTask(listId), await fixture.addTask(listId)];
      const ghost = randomUUID();
      beforeDrafting(ghost, 'crash');
      await expect(bus.execute(addCommand(listId, ghost))).rejects.toThrow('injected');
      expect((await listEvents(listId)).at(-1)).toMatchObject({
        type: 'TaskAddedToList',
        data: { taskId: ghost },
      });
      expect(await fixture.streamTypes(taskStream(ghost))).toEqual([]);

      const issued = await bus.execute(new IssueTaskListCommand(ACTORS.office, listId));
      expect(issued.listId).toBe(listId);
      const [dropped, issue] = (await listEvents(listId)).slice(-2);
      expect(dropped).toMatchObject({ type: 'TaskRemovedFromList', data: { listId, taskId: ghost } });
      expect(issue?.type).toBe('TaskListIssued');
      expect(dataOf<{ taskIds: string[] }>(issue).taskIds).toEqual(kept);
      // The drop and the issue are one decision of one person.
      expect(dropped!.metadata.correlationId).toBe(issue!.metadata.correlationId);
      expect(dropped!.metadata.actor.userId).toBe(ACTORS.office.userId);
      for (const taskId of kept) {
        expect(await fixture.streamTypes(taskStream(taskId))).toEqual(['TaskDrafted', 'TaskAssigned']);
      }
      expect(await fixture.streamTypes(taskStream(ghost))).toEqual([]);
    });

    it('is finished by running the same add again (same task id), which the issue then covers', async () => {
      const listId = await fixture.draftList();
      const first = await fixture.addTask(listId);
      const taskId = randomUUID();
      beforeDrafting(taskId, 'crash');
      await expect(bus.execute(addCommand(listId, taskId))).rejects.toThrow('injected');

      const again = await bus.execute(addCommand(listId, taskId));
      expect(again.taskId).toBe(taskId);
      expect(await fixture.streamTypes(taskStream(taskId))).toEqual(['TaskDrafted']);
      const added = (await listEvents(listId)).filter((e) => e.type === 'TaskAddedToList');
      expect(added.map((e) => dataOf<{ taskId: string }>(e).taskId)).toEqual([first, taskId]);

      await bus.execute(new IssueTaskListCommand(ACTORS.office, listId));
      const issue = (await listEvents(listId)).at(-1);
      expect(dataOf<{ taskIds: string[] }>(issue).taskIds).toEqual([first, taskId]);
      expect(await fixture.streamTypes(taskStream(taskId))).toEqual(['TaskDrafted', 'TaskAssigned']);
    });

    it('withdraws the task and refuses the add when the list was issued without it in between', async () => {
      const listId = await fixture.draftList();
      const kept = await fixture.addTask(listId);
      const late = randomUUID();
      beforeDrafting(late, () => bus.execute(new IssueTaskListCommand(ACTORS.office, listId)));
      await expect(bus.execute(addCommand(listId, late))).rejects.toMatchObject({
        code: 'TASK_LIST_NOT_DRAFT',
        details: { listId, taskId: late },
      });
      const issue = (await listEvents(listId)).at(-1);
      expect(issue?.type).toBe('TaskListIssued');
      expect(dataOf<{ taskIds: string[] }>(issue).taskIds).toEqual([kept]);
      const task = await app.store.readStream(taskStream(late));
      expect(task.map((e) => e.type)).toEqual(['TaskDrafted', 'TaskRemoved']);
      expect(dataOf<{ reason: string }>(task[1])).toMatchObject({ reason: ADD_OVERTAKEN_REASON });
      expect(await fixture.streamTypes(taskStream(kept))).toEqual(['TaskDrafted', 'TaskAssigned']);
    });

    it('puts the task back on a list still in draft when its membership was dropped in between', async () => {
      const listId = await fixture.draftList();
      const taskId = randomUUID();
      // What an issue leaves when it dropped the member and then stopped before issuing.
      beforeDrafting(taskId, () =>
        app.app.get(CommandRunner).run({
          streamId: taskListStream(listId),
          decider: taskListDecider,
          command: { type: 'RemoveTaskFromList', data: { listId, taskId } },
          actor: ACTORS.office,
        }),
      );
      expect((await bus.execute(addCommand(listId, taskId))).taskId).toBe(taskId);
      const membership = (await listEvents(listId)).map((e) => e.type).slice(1);
      expect(membership).toEqual(['TaskAddedToList', 'TaskRemovedFromList', 'TaskAddedToList']);
      await bus.execute(new IssueTaskListCommand(ACTORS.office, listId));
      expect(dataOf<{ taskIds: string[] }>((await listEvents(listId)).at(-1)).taskIds).toEqual([taskId]);
      expect(await fixture.streamTypes(taskStream(taskId))).toEqual(['TaskDrafted', 'TaskAssigned']);
    });

    /** What a removal cut short leaves: the task removed, its membership not yet. */
    const removeTaskOnly = (taskId: string) => {
      const remove: RemoveTask = { type: 'RemoveTask', data: { taskId, reason: '合并' } };
      return app.app.get(CommandRunner).run({
        streamId: taskStream(taskId),
        decider: taskDecider,
        command: remove,
        actor: ACTORS.office,
      });
    };

    it('takes a removed member off (a removal cut short) with the never-drafted ones, and issues the rest', async () => {
      const listId = await fixture.draftList();
      const kept = await fixture.addTask(listId);
      const removed = await fixture.addTask(listId);
      const ghost = randomUUID();
      beforeDrafting(ghost, 'crash');
      await expect(bus.execute(addCommand(listId, ghost))).rejects.toThrow('injected');
      await removeTaskOnly(removed);

      await bus.execute(new IssueTaskListCommand(ACTORS.office, listId));
      const [first, second, issue] = (await listEvents(listId)).slice(-3);
      expect([first, second].map((e) => [e?.type, dataOf<{ taskId: string }>(e).taskId])).toEqual([
        ['TaskRemovedFromList', removed],
        ['TaskRemovedFromList', ghost],
      ]);
      expect(issue?.type).toBe('TaskListIssued');
      expect(dataOf<{ taskIds: string[] }>(issue).taskIds).toEqual([kept]);
      for (const event of [first!, second!]) {
        expect(event.metadata.correlationId).toBe(issue!.metadata.correlationId);
        expect(event.metadata.actor.userId).toBe(ACTORS.office.userId);
      }
      expect(await fixture.streamTypes(taskStream(removed))).toEqual(['TaskDrafted', 'TaskRemoved']);
      expect(await fixture.streamTypes(taskStream(kept))).toEqual(['TaskDrafted', 'TaskAssigned']);
    });

    it('refuses an issue that would leave nothing once the removed and never-drafted members are off, appending nothing', async () => {
      const listId = await fixture.draftList();
      const removed = await fixture.addTask(listId);
      const ghost = randomUUID();
      beforeDrafting(ghost, 'crash');
      await expect(bus.execute(addCommand(listId, ghost))).rejects.toThrow('injected');
      await removeTaskOnly(removed);
      const head = await fixture.head();
      await expect(bus.execute(new IssueTaskListCommand(ACTORS.office, listId))).rejects.toMatchObject({
        code: 'TASK_LIST_EMPTY',
      });
      expect(await fixture.head()).toBe(head);
    });

    it('still refuses a list without a document number before it takes any member off', async () => {
      const { listId } = await bus.execute(
        new DraftTaskListCommand(ACTORS.office, { year: 2030, title: '无文号清单', areas: [AREA] }),
      );
      await fixture.addTask(listId);
      await removeTaskOnly(await fixture.addTask(listId));
      const head = await fixture.head();
      await expect(bus.execute(new IssueTaskListCommand(ACTORS.office, listId))).rejects.toMatchObject({
        code: 'DOCUMENT_NUMBER_REQUIRED',
      });
      expect(await fixture.head()).toBe(head);
    });

    it('lets a removal whose membership an issue took off in between finish without an error', async () => {
      const listId = await fixture.draftList();
      const kept = await fixture.addTask(listId);
      const removed = await fixture.addTask(listId);
      interceptAppends(async (append, ...args) => {
        const [streamId, events] = args;
        const result = await append(...args);
        if (streamId === taskStream(removed) && events.some((e) => e.type === 'TaskRemoved')) {
          // Between the removal's two appends, an issue finds the task removed and takes it off.
          restoreAppend();
          await bus.execute(new IssueTaskListCommand(ACTORS.office, listId));
        }
        return result;
      });
      const answer = await bus.execute(new RemoveTaskCommand(ACTORS.office, removed, '合并'));
      expect(answer.taskId).toBe(removed);
      const types = (await listEvents(listId)).map((e) => e.type);
      expect(types.filter((t) => t === 'TaskRemovedFromList')).toHaveLength(1);
      expect(dataOf<{ taskIds: string[] }>((await listEvents(listId)).at(-1)).taskIds).toEqual([kept]);
      expect(await fixture.streamTypes(taskStream(removed))).toEqual(['TaskDrafted', 'TaskRemoved']);
    });

    it('issues a list with a member whose id another list drafted, without that task', async () => {
      const listId = await fixture.draftList();
      const otherListId = await fixture.draftList();
      const kept = await fixture.addTask(listId);
      const shared = randomUUID();
      beforeDrafting(shared, 'crash');
      await expect(bus.execute(addCommand(listId, shared))).rejects.toThrow('injected');
      // The same id, sent by a careless client to another list, drafts a task there.
      await bus.execute(addCommand(otherListId, shared));

      await bus.execute(new IssueTaskListCommand(ACTORS.office, listId));
      const [dropped, issue] = (await listEvents(listId)).slice(-2);
      expect(dropped).toMatchObject({ type: 'TaskRemovedFromList', data: { taskId: shared } });
      expect(dataOf<{ taskIds: string[] }>(issue).taskIds).toEqual([kept]);
      expect(await fixture.streamTypes(taskStream(shared))).toEqual(['TaskDrafted']);
    });
  });

  describe('a removal overtaken by an issue between its two appends', () => {
    const listEvents = async (listId: string): Promise<RecordedEvent[]> =>
      app.store.readStream(taskListStream(listId));
    const issuedIds = async (listId: string) =>
      ((await listEvents(listId)).find((e) => e.type === 'TaskListIssued')?.data as { taskIds: string[] })
        ?.taskIds;
    const gate = () => {
      let open!: () => void;
      const opened = new Promise<void>((resolve) => {
        open = resolve;
      });
      return { opened, open };
    };

    /**
     * The issue checks every member drafted; then the removal appends its TaskRemoved; then the issue
     * appends TaskListIssued naming the removed task; only then does the removal reach the list.
     * `settle` picks who looks first afterwards: the removal (its read-back) or the issue (its
     * assignments). Returns both answers.
     */
    const overtake = async (listId: string, removed: string, settle: 'removal' | 'issue') => {
      const removedAppended = gate();
      const issuedAppended = gate();
      const issueDone = gate();
      const answers: { removal?: Promise<unknown> } = {};
      interceptAppends(async (append, ...args) => {
        const [streamId, events] = args;
        if (streamId === taskListStream(listId) && events.some((e) => e.type === 'TaskListIssued')) {
          answers.removal = bus.execute(new RemoveTaskCommand(ACTORS.office, removed, '合并'));
          answers.removal.catch(() => undefined);
          await removedAppended.opened;
          const result = await append(...args);
          issuedAppended.open();
          // The removal looks at the list before the issue assigns anything.
          if (settle === 'removal') await answers.removal.catch(() => undefined);
          return result;
        }
        if (streamId === taskStream(removed) && events.some((e) => e.type === 'TaskRemoved')) {
          const result = await append(...args);
          removedAppended.open();
          // The removal goes on to the list only once the list is issued, or, when the issue settles
          // it, once the issue has assigned its tasks.
          await issuedAppended.opened;
          if (settle === 'issue') await issueDone.opened;
          return result;
        }
        return append(...args);
      });
      const issue = bus.execute(new IssueTaskListCommand(ACTORS.office, listId)).then(
        (answer) => ({ answer }),
        (error: unknown) => ({ error }),
      );
      void issue.then(() => issueDone.open());
      const issued = await issue;
      const removal = await answers.removal!.then(
        (answer) => ({ answer }),
        (error: unknown) => ({ error }),
      );
      restoreAppend();
      return { issued, removal };
    };

    for (const settle of ['removal', 'issue'] as const) {
      it(`issues the task with the list and refuses the removal (TASK_LIST_NOT_DRAFT) when the ${settle} settles it first`, async () => {
        const listId = await fixture.draftList();
        const [first, removed, last] = [
          await fixture.addTask(listId),
          await fixture.addTask(listId),
          await fixture.addTask(listId),
        ];
        const { issued, removal } = await overtake(listId, removed, settle);

        expect(issued).toEqual({ answer: expect.objectContaining({ listId }) });
        expect(removal).toEqual({
          error: expect.objectContaining({
            errorClass: 'INVALID_STATE',
            code: 'TASK_LIST_NOT_DRAFT',
            details: expect.objectContaining({ listId, taskId: removed }),
          }),
        });
        expect(await issuedIds(listId)).toEqual([first, removed, last]);
        expect((await listEvents(listId)).map((e) => e.type)).not.toContain('TaskRemovedFromList');
        const withdrawn = await app.store.readStream(taskStream(removed));
        expect(withdrawn.map((e) => e.type)).toEqual([
          'TaskDrafted',
          'TaskRemoved',
          'TaskRemovalWithdrawn',
          'TaskAssigned',
        ]);
        expect(withdrawn[2]!.data).toMatchObject({
          taskId: removed,
          listId,
          reason: REMOVAL_OVERTAKEN_REASON,
        });
        // The withdrawal is told apart in the log: by the removal (its correlation) or by the issue.
        const by = settle === 'removal' ? withdrawn[1]! : (await listEvents(listId)).at(-1)!;
        expect(withdrawn[2]!.metadata.correlationId).toBe(by.metadata.correlationId);
        for (const taskId of [first, last]) {
          expect(await fixture.streamTypes(taskStream(taskId))).toEqual(['TaskDrafted', 'TaskAssigned']);
        }
      });
    }

    it('lets the process manager finish a list issued with a member whose removal stopped before its read-back', async () => {
      const listId = await fixture.draftList();
      const [first, removed, last] = [
        await fixture.addTask(listId),
        await fixture.addTask(listId),
        await fixture.addTask(listId),
      ];
      // What the race leaves when both the issue and the removal stop right after their list and task
      // appends: a list issued naming a removed task, nothing assigned.
      const runner = app.app.get(CommandRunner);
      await runner.run({
        streamId: taskStream(removed),
        decider: taskDecider,
        command: { type: 'RemoveTask', data: { taskId: removed, reason: '合并' } } as RemoveTask,
        actor: ACTORS.office,
      });
      await runner.run({
        streamId: taskListStream(listId),
        decider: taskListDecider,
        command: { type: 'IssueTaskList', data: { listId } } as IssueTaskList,
        actor: ACTORS.office,
        idempotencyKey: LIST_ISSUE_KEY,
      });
      const members = [first, removed, last];
      expect(await typesOnceAssigned(members)).toEqual([
        ['TaskDrafted', 'TaskAssigned'],
        ['TaskDrafted', 'TaskRemoved', 'TaskRemovalWithdrawn', 'TaskAssigned'],
        ['TaskDrafted', 'TaskAssigned'],
      ]);
      // Running the issue again finds nothing left to do; the removal sent again is refused.
      const head = await fixture.head();
      await bus.execute(new IssueTaskListCommand(ACTORS.office, listId));
      await expect(bus.execute(new RemoveTaskCommand(ACTORS.office, removed, '合并'))).rejects.toMatchObject({
        code: 'TASK_LIST_NOT_DRAFT',
      });
      expect(await fixture.head()).toBe(head);
    });
  });

  describe('the same add sent again under its task id', () => {
    const content = {
      area: AREA,
      title: '重复发送的任务',
      description: '同一任务发送两次',
      leadUnitId: UNITS.lead,
      cooperatingUnitIds: [UNITS.cooperating],
      deadline: '2030-12-31',
    };
    const add = (listId: string, taskId: string, changes: Partial<typeof content> = {}) =>
      new AddTaskCommand(ACTORS.office, { listId, taskId, ...content, ...changes });
    const count = async (streamId: string, type: string) =>
      (await fixture.streamTypes(streamId)).filter((t) => t === type).length;

    it('answers with the task already added and appends nothing', async () => {
      const listId = await fixture.draftList();
      const taskId = randomUUID();
      await bus.execute(add(listId, taskId));
      const head = await fixture.head();
      // Text as a client sends it again: the same content, spaces and all.
      const again = await bus.execute(add(listId, taskId, { title: ` ${content.title} ` }));
      expect(again).toEqual({ taskId, checkpoint: null });
      expect(await fixture.head()).toBe(head);
      expect(await count(taskStream(taskId), 'TaskDrafted')).toBe(1);
      expect(await count(taskListStream(listId), 'TaskAddedToList')).toBe(1);
    });

    it('refuses the id with other content (TASK_ID_IN_USE), appending nothing', async () => {
      const listId = await fixture.draftList();
      const taskId = randomUUID();
      await bus.execute(add(listId, taskId));
      const head = await fixture.head();
      await expect(
        bus.execute(add(listId, taskId, { title: '另一项任务', deadline: '2030-11-30' })),
      ).rejects.toMatchObject({
        errorClass: 'INVALID_STATE',
        code: 'TASK_ID_IN_USE',
        details: { taskId, listId, differingFields: ['title', 'deadline'] },
      });
      expect(await fixture.head()).toBe(head);
    });

    it('refuses the id of a task of another list (TASK_ID_IN_USE), appending nothing', async () => {
      const listId = await fixture.draftList();
      const otherListId = await fixture.draftList();
      const taskId = randomUUID();
      await bus.execute(add(listId, taskId));
      const head = await fixture.head();
      await expect(bus.execute(add(otherListId, taskId))).rejects.toMatchObject({
        code: 'TASK_ID_IN_USE',
        details: { taskId, listId: otherListId, differingFields: ['listId'] },
      });
      expect(await fixture.head()).toBe(head);
      expect(await count(taskListStream(otherListId), 'TaskAddedToList')).toBe(0);
    });

    it('answers a copy sent while the first was still running with the same task, drafted once', async () => {
      const listId = await fixture.draftList();
      const taskId = randomUUID();
      const copy: { answer?: Promise<{ taskId: string }> } = {};
      interceptAppends(async (append, ...args) => {
        const [streamId, events] = args;
        if (streamId === taskStream(taskId) && events.some((e) => e.type === 'TaskDrafted')) {
          restoreAppend();
          // The copy runs whole between the first's two appends, then the first drafts too late.
          copy.answer = bus.execute(add(listId, taskId));
          await copy.answer;
        }
        return append(...args);
      });
      const first = await bus.execute(add(listId, taskId));
      expect(first.taskId).toBe(taskId);
      expect((await copy.answer)?.taskId).toBe(taskId);
      expect(await fixture.streamTypes(taskStream(taskId))).toEqual(['TaskDrafted']);
      expect(await count(taskListStream(listId), 'TaskAddedToList')).toBe(1);
    });

    it('refuses the add of a task withdrawn because its list was issued without it, when sent again', async () => {
      const listId = await fixture.draftList();
      await fixture.addTask(listId);
      const taskId = randomUUID();
      interceptAppends(async (append, ...args) => {
        const [streamId, events] = args;
        if (streamId === taskStream(taskId) && events.some((e) => e.type === 'TaskDrafted')) {
          restoreAppend();
          await bus.execute(new IssueTaskListCommand(ACTORS.office, listId));
        }
        return append(...args);
      });
      await expect(bus.execute(add(listId, taskId))).rejects.toMatchObject({ code: 'TASK_LIST_NOT_DRAFT' });
      const head = await fixture.head();
      await expect(bus.execute(add(listId, taskId))).rejects.toMatchObject({ code: 'TASK_LIST_NOT_DRAFT' });
      expect(await fixture.head()).toBe(head);
      expect(await fixture.streamTypes(taskStream(taskId))).toEqual(['TaskDrafted', 'TaskRemoved']);
    });
  });
});
