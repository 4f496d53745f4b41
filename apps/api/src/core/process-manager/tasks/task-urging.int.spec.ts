import { CommandBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskStream } from '@duban/domain';
import { ControllableClock } from '../../../../test/support/controllable-clock.js';
import { startTestApp } from '../../../../test/support/start-test-app.js';
import type { TestApp } from '../../../../test/support/start-test-app.js';
import { TasksFixture } from '../../../../test/support/tasks-fixture.js';
import { CompleteTaskHelper } from '../../../../test/support/complete-task-helper.js';
import { TaskUrgingService } from './task-urging.service.js';

describe('automatic urging (two watchers racing on one store, controllable clock)', () => {
  let app: TestApp;
  let fixture: TasksFixture;
  const clock = new ControllableClock(new Date('2030-06-01T00:00:00.000Z'));
  const watcher = () => new TaskUrgingService(app.store, app.config, clock, app.app.get(CommandBus)).watcher;
  const urges = async (taskId: string) =>
    (await app.store.readStream(taskStream(taskId)))
      .filter((event) => event.type === 'TaskUrged')
      .map((event) => (event.data as { threshold: string | null }).threshold);

  beforeAll(async () => {
    // The app's own watcher stays off; the test runs watchers by hand against the same store.
    app = await startTestApp({ clock, env: { DUBAN_URGE_DAYS_BEFORE: '3', DUBAN_URGE_INTERVAL_MS: '0' } });
    fixture = new TasksFixture(app.app.get(CommandBus), app.store);
    await fixture.registerUnits();
  }, 120_000);
  afterAll(() => app?.close());

  it('urges once when the deadline is three days away and once when it has passed, however many watchers run', async () => {
    const { taskId } = await fixture.taskAt('IN_PROGRESS', '2030-06-10');
    const done = await fixture.taskAt('AWAITING_REVIEW', '2030-06-10');
    const [a, b] = [watcher(), watcher()];

    clock.set('2030-06-05T00:00:00.000Z');
    await Promise.all([a.tick(), b.tick()]);
    expect(await urges(taskId)).toEqual([]);

    clock.set('2030-06-07T17:00:00.000Z');
    const first = await Promise.all([a.tick(), b.tick()]);
    // Both may believe they sent it (the loser's append is taken as a retry of the same events or
    // refused); the stream is what counts.
    expect(first.reduce((sum, o) => sum + o.sent + o.alreadyDone, 0)).toBe(2);
    expect(first.reduce((sum, o) => sum + o.failed, 0)).toBe(0);
    expect(await urges(taskId)).toEqual(['DUE_IN_3_DAYS']);

    clock.set('2030-06-11T01:00:00.000Z');
    await Promise.all([a.tick(), b.tick(), watcher().tick()]);
    expect(await urges(taskId)).toEqual(['DUE_IN_3_DAYS', 'OVERDUE']);

    // A restart is a new watcher with nothing in memory: the stream remembers.
    const again = await Promise.all([watcher().tick(), watcher().tick()]);
    expect(again.reduce((sum, o) => sum + o.sent, 0)).toBe(0);
    expect(await urges(taskId)).toEqual(['DUE_IN_3_DAYS', 'OVERDUE']);
    // A task awaiting the office's review is not the units' delay.
    expect(await urges(done.taskId)).toEqual([]);
  });

  it('urges a task first seen overdue only as overdue, and a new deadline after an extension afresh', async () => {
    clock.set('2030-06-01T00:00:00.000Z');
    const { taskId } = await fixture.taskAt('IN_PROGRESS', '2030-06-03');
    clock.set('2030-06-20T00:00:00.000Z');
    await Promise.all([watcher().tick(), watcher().tick()]);
    expect(await urges(taskId)).toEqual(['OVERDUE']);
    await new CompleteTaskHelper(fixture).extend(taskId, '2030-07-31');
    clock.set('2030-07-30T00:00:00.000Z');
    await Promise.all([watcher().tick(), watcher().tick()]);
    expect(await urges(taskId)).toEqual(['OVERDUE', 'DUE_IN_3_DAYS']);
  });
});
