import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskUrgingService } from '../src/core/process-manager/tasks/task-urging.service.js';
import { FindingReminderService } from '../src/modules/inspections/reminders/finding-reminder.service.js';
import { ControllableClock } from './support/controllable-clock.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

/** Today for this test: 10:00 on 13 May 2026 in the district (UTC+8). */
const TODAY = '2026-05-13';
const LIVE_LIST = 'demo-2026';

const LISTS = '{ taskLists { id year status taskIds } }';
const TREND =
  'query($id: ID!) { progressTrend(taskListId: $id, weeks: 12) { weekStart completions closures } }';
const FIGURES = `query($id: ID!, $asOf: DateTime) {
  districtProgress(taskListId: $id, asOf: $asOf) { tasksLed acknowledged inProgress completed overdue } }`;
const TASK = 'query($id: ID!) { task(id: $id) { id deadline status } }';

interface Week {
  weekStart: string;
  completions: number;
  closures: number;
}

/** The demo district as a first start writes it: a recorded 2024 and this year's list around today. */
describe('the demo district’s recorded year', () => {
  let app: TestApp;
  let token: string;
  const clock = new ControllableClock(new Date(`${TODAY}T02:00:00.000Z`));

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DUBAN_SEED_DEMO: 'true', DUBAN_URGE_INTERVAL_MS: '0' } });
    token = (await app.login('office', 'Office#Demo2024')).accessToken;
    // The history reaches the read model through the projectors, a moment after the start.
    const issued = async () => {
      const lists = (await app.gql(LISTS, {}, token)).data?.taskLists ?? [];
      return lists.filter((l: { status: string }) => l.status === 'ISSUED').map((l: { id: string }) => l.id);
    };
    for (let tries = 0; tries < 240; tries++) {
      const ids = await issued();
      if (ids.includes('demo-2024') && ids.includes(LIVE_LIST)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('records the 2024 events at the times they happened across the year, not at the minute of the seed', async () => {
    const events = (await app.store.readAll()).filter((e) => e.streamId.startsWith('task-demo-2024'));
    expect(events.length).toBeGreaterThan(100);
    const months = new Set(events.map((e) => e.recordedAt.slice(0, 7)));
    expect([...months].filter((month) => month.startsWith('2024-')).length).toBeGreaterThanOrEqual(10);
    expect(events.filter((e) => e.recordedAt.startsWith(TODAY))).toEqual([]);
    const [marker] = await app.store.readStream('demo-seed');
    expect(marker!.recordedAt.startsWith(TODAY)).toBe(true);
  });

  it('draws the 2024 list’s trend over the last weeks of 2024, and it is not flat', async () => {
    const result = await app.gql(TREND, { id: 'demo-2024' }, token);
    expect(result.errors).toBeUndefined();
    const weeks = result.data.progressTrend as Week[];
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)!.weekStart).toBe('2024-12-30');
    const completions = weeks.map((week) => week.completions);
    expect(completions.reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
    expect(new Set(completions).size).toBeGreaterThan(1);
  });

  it('answers as of 30 June 2024 with fewer tasks done than at the year’s end', async () => {
    const at = async (asOf: string) => {
      const result = await app.gql(FIGURES, { id: 'demo-2024', asOf }, token);
      expect(result.errors).toBeUndefined();
      return result.data.districtProgress as { completed: number; acknowledged: number; inProgress: number };
    };
    const midYear = await at('2024-06-30T23:59:59+08:00');
    const yearEnd = await at('2024-12-31T23:59:59+08:00');
    expect(midYear.completed).toBeGreaterThan(0);
    expect(yearEnd.completed).toBeGreaterThan(midYear.completed);
    expect(midYear).not.toEqual(yearEnd);
  });

  it('issues this year’s list with work around today: deadlines ahead, one past, some done', async () => {
    const lists = (await app.gql(LISTS, {}, token)).data.taskLists as {
      id: string;
      year: number;
      taskIds: string[];
    }[];
    const live = lists.find((list) => list.id === LIVE_LIST)!;
    expect(live.year).toBe(2026);
    const tasks = await Promise.all(
      live.taskIds.map(
        async (id) => (await app.gql(TASK, { id }, token)).data.task as { deadline: string; status: string },
      ),
    );
    const open = tasks.filter((task) => task.status !== 'COMPLETED');
    expect(open.filter((task) => task.deadline > TODAY).length).toBeGreaterThanOrEqual(4);
    expect(open.filter((task) => task.deadline < TODAY)).toHaveLength(1);
    expect(tasks.filter((task) => task.status === 'COMPLETED').length).toBeGreaterThanOrEqual(2);
    const figures = (await app.gql(FIGURES, { id: LIVE_LIST, asOf: null }, token)).data.districtProgress;
    expect(figures).toMatchObject({
      overdue: 1,
      completed: tasks.filter((t) => t.status === 'COMPLETED').length,
    });
    const trend = (await app.gql(TREND, { id: LIVE_LIST }, token)).data.progressTrend as Week[];
    expect(trend.at(-1)!.weekStart).toBe('2026-05-11');
    expect(trend.reduce((sum, week) => sum + week.completions, 0)).toBeGreaterThan(0);
  });

  it('leaves the watchers nothing to send at first start: their reminders are in the history, dated when due', async () => {
    expect((await app.app.get(TaskUrgingService).watcher.tick()).sent).toBe(0);
    expect((await app.app.get(FindingReminderService).watcher.tick()).sent).toBe(0);
    const urged = (await app.store.readAll()).filter(
      (e) => e.type === 'TaskUrged' && (e.data as { mode: string }).mode === 'AUTOMATIC',
    );
    // The 2024 tasks still open at the year's end were urged as overdue when 2025 began, district time.
    const newYear = Date.parse('2025-01-01T00:00:00+08:00');
    const overdue2024 = urged.filter(
      (e) =>
        e.streamId.startsWith('task-demo-2024') && (e.data as { threshold: string }).threshold === 'OVERDUE',
    );
    expect(overdue2024.some((e) => Math.abs(Date.parse(e.recordedAt) - newYear) < 5 * 60_000)).toBe(true);
    expect(urged.every((e) => Date.parse(e.recordedAt) <= clock.now().getTime())).toBe(true);
  });
});
