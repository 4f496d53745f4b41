import { CommandBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskListDecider, taskListStream, taskStream } from '@duban/domain';
import type { IssueTaskList } from '@duban/domain';
import { ControllableClock } from '../../../../test/support/controllable-clock.js';
import { startTestApp } from '../../../../test/support/start-test-app.js';
import type { TestApp } from '../../../../test/support/start-test-app.js';
import { ACTORS, TasksFixture } from '../../../../test/support/tasks-fixture.js';
import { CommandRunner } from '../../../core/event-store/command-runner.js';
import { IssueTaskListCommand } from './issue-task-list/issue-task-list.command.js';
import { LIST_ISSUE_KEY } from './issue-task-list/issue-listed-tasks.js';
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
    const deadline = Date.now() + 10_000;
    let types: string[][] = [];
    while (Date.now() < deadline) {
      types = await Promise.all(taskIds.map((id) => fixture.streamTypes(taskStream(id))));
      if (types.every((t) => t.includes('TaskAssigned'))) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(types).toEqual([
      ['TaskDrafted', 'TaskAssigned'],
      ['TaskDrafted', 'TaskAssigned'],
    ]);
    const assigned = await app.store.readStream(taskStream(taskIds[0]!));
    expect(assigned[1]!.metadata.actor.userId).toBe(ACTORS.office.userId);
  });

  it('refuses to issue a list one of whose members was never drafted, and appends nothing', async () => {
    const listId = await fixture.draftList();
    await fixture.addTask(listId);
    await app.app.get(CommandRunner).run({
      streamId: taskListStream(listId),
      decider: taskListDecider,
      command: { type: 'AddTaskToList', data: { listId, taskId: 'ghost', area: '行政执法' } },
      actor: ACTORS.office,
    });
    const head = await fixture.head();
    await expect(bus.execute(new IssueTaskListCommand(ACTORS.office, listId))).rejects.toMatchObject({
      code: 'TASK_LIST_INCOMPLETE',
    });
    expect(await fixture.head()).toBe(head);
  });
});
