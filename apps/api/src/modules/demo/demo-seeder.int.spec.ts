import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, taskListStream, taskStream } from '@duban/domain';
import type { TaskProgressReported } from '@duban/domain';
import { createPgliteEventStore } from '@duban/event-store';
import type { ReadAllEvent } from '@duban/event-store';
import { loadConfig } from '../../core/config/load-config.js';
import { createApp } from '../../create-app.js';
import { districtDate } from './demo-current-year.data.js';
import { DEMO_ACCOUNTS, DEMO_TASKS_2024 } from './demo-district.data.js';
import { DEMO_SEED_STREAM } from './demo-seeder.service.js';

/** Starts the real application on an embedded store kept in `dataDir`, lets it seed, and stops it. */
async function startAndStop(dataDir: string): Promise<ReadAllEvent[]> {
  const config = loadConfig(
    {
      DUBAN_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      DUBAN_SEED_DEMO: 'true',
      DUBAN_ADMIN_PASSWORD: 'Admin#Seed2024x',
      DUBAN_URGE_INTERVAL_MS: '0',
    },
    { cwd: dataDir, webDistDir: null },
  );
  const store = createPgliteEventStore({ dataDir: join(dataDir, 'events') });
  const app = await createApp(config, { store, logger: false });
  await app.init();
  const events = await store.readAll();
  await app.close();
  return events;
}

describe('the demo district seed (embedded store, started twice)', () => {
  let dataDir: string;
  let first: ReadAllEvent[];
  let second: ReadAllEvent[];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'duban-demo-'));
    first = await startAndStop(dataDir);
    second = await startAndStop(dataDir);
  }, 240_000);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const stream = (events: ReadAllEvent[], id: string) => events.filter((e) => e.streamId === id);
  const last = <T>(events: ReadAllEvent[], streamId: string, type: string) =>
    stream(events, streamId)
      .filter((e) => e.type === type)
      .at(-1)?.data as T;

  it('seeds once: a second start finds the marker and appends nothing', () => {
    expect(stream(first, DEMO_SEED_STREAM)).toHaveLength(1);
    expect(second.length).toBe(first.length);
    expect(second.map((e) => e.id)).toEqual(first.map((e) => e.id));
  });

  it('registers the 17 units of the report, six of them townships or streets', () => {
    const units = first
      .filter((e) => e.type === 'UnitRegistered')
      .map((e) => e.data as { name: string; kind: string });
    expect(units).toHaveLength(17);
    expect(units.filter((u) => u.kind === 'TOWNSHIP').map((u) => u.name)).toEqual([
      '丽阳镇',
      '鲇鱼山镇',
      '吕蒙乡',
      '荷塘乡',
      '西郊街道',
      '新枫街道',
    ]);
  });

  it('issues the 2024 list with its tasks, dated in 2024, and this year’s list', () => {
    const issued = last<{ taskIds: string[]; issuedAt: string; areas: string[] }>(
      first,
      taskListStream('demo-2024'),
      'TaskListIssued',
    );
    expect(issued.taskIds).toHaveLength(DEMO_TASKS_2024.length);
    expect(issued.taskIds.length).toBeGreaterThanOrEqual(25);
    expect(issued.areas).toHaveLength(7);
    expect(issued.issuedAt.startsWith('2024-02-20')).toBe(true);
    const year = districtDate(new Date()).slice(0, 4);
    const live = last<{ taskIds: string[] }>(first, taskListStream(`demo-${year}`), 'TaskListIssued');
    expect(live.taskIds.length).toBeGreaterThanOrEqual(5);
    // What the units and the office did is dated in 2024; only the watcher's urges come later.
    const taskEvents = first.filter(
      (e) => e.streamId.startsWith('task-demo-2024') && e.metadata.actor.userId !== SYSTEM_ACTOR.userId,
    );
    expect(taskEvents.every((e) => String(e.metadata.recordedAt).startsWith('2024-'))).toBe(true);
  });

  it('records each event of the history at the time it happened, through the restore path, in date order', () => {
    const history = first.filter(
      (e) => e.streamId.startsWith('task-demo-2024') || e.streamId.startsWith('inspection-'),
    );
    for (const event of history)
      expect(event.recordedAt).toBe(new Date(String(event.metadata.recordedAt)).toISOString());
    const months = new Set(history.map((e) => e.recordedAt.slice(0, 7)).filter((m) => m.startsWith('2024-')));
    expect(months.size).toBeGreaterThanOrEqual(10);
    // The accounts and the units they are bound to are registered live before the history is
    // committed (decided on the registry day); the history itself reads in date order.
    for (const unit of first.filter((e) => e.type === 'UnitRegistered')) {
      expect(String(unit.metadata.recordedAt) < '2024-01-03').toBe(true);
    }
    const times = first.filter((e) => /^(tasklist|task|inspection|finding)-/.test(e.streamId));
    const sorted = [...times].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
    expect(times.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
  });

  it('dates the urges the watcher would have sent after each open task’s deadline, so a first start sends none', () => {
    const seeded = Date.parse(stream(first, DEMO_SEED_STREAM)[0]!.recordedAt);
    const automatic = first.filter(
      (e) => e.type === 'TaskUrged' && (e.data as { mode: string }).mode !== 'MANUAL',
    );
    expect(automatic.length).toBeGreaterThan(0);
    for (const urge of automatic) expect(Date.parse(urge.recordedAt)).toBeLessThanOrEqual(seeded);
    const overdue2024 = automatic.filter(
      (e) =>
        e.streamId.startsWith('task-demo-2024') && (e.data as { threshold: string }).threshold === 'OVERDUE',
    );
    expect(overdue2024.length).toBeGreaterThan(0);
    for (const urge of overdue2024) expect(urge.recordedAt < '2025-02-01').toBe(true);
  });

  it('leaves tasks in every state of the workflow: completed, in review, handed off, extended, returned, urged', () => {
    const types = (id: string) => stream(first, taskStream(id)).map((e) => e.type);
    const all = DEMO_TASKS_2024.map((t) => types(t.id));
    expect(all.filter((t) => t.at(-1) === 'TaskAccepted').length).toBeGreaterThanOrEqual(15);
    expect(types('demo-2024-04').at(-1)).toBe('TaskCompletionRequested');
    expect(types('demo-2024-16')).toEqual(
      expect.arrayContaining(['HandoffRequested', 'HandoffApproved', 'TaskAccepted']),
    );
    // The watcher's urges follow (a handoff pending still owes work); the last act of a person was the request.
    expect(
      types('demo-2024-31')
        .filter((type) => type !== 'TaskUrged')
        .at(-1),
    ).toBe('HandoffRequested');
    expect(types('demo-2024-21')).toEqual(expect.arrayContaining(['ExtensionApproved', 'TaskAccepted']));
    expect(types('demo-2024-25')).toEqual(expect.arrayContaining(['TaskReturned', 'TaskAccepted']));
    expect(types('demo-2024-29')).toContain('TaskUrged');
    expect(types('demo-2024-30').slice(0, 2)).toEqual(['TaskDrafted', 'TaskAssigned']);
    expect(
      types('demo-2024-30')
        .slice(2)
        .every((type) => type === 'TaskUrged'),
    ).toBe(true);
  });

  it("records the report's figures: mediation 271 of 297 is 91.2%, and 94 joint checks of 93 as reported", () => {
    const mediation = last<TaskProgressReported['data']>(
      first,
      taskStream('demo-2024-18'),
      'TaskProgressReported',
    );
    expect(mediation.figuresToDate).toMatchObject({
      screenings: 605,
      mediationsAccepted: 297,
      mediationsSucceeded: 271,
    });
    expect(mediation.rates.find((r) => r.id === 'mediationSuccessRate')?.percent).toBeCloseTo(91.2, 1);
    expect(mediation.evidence[0]?.name).toBe('2024年人民调解工作台账.csv');
    const checks = last<TaskProgressReported['data']>(
      first,
      taskStream('demo-2024-06'),
      'TaskProgressReported',
    );
    expect(checks.figuresToDate).toEqual({ checks: 505, enterpriseChecks: 115, soleTraderChecks: 390 });
    const random = last<TaskProgressReported['data']>(
      first,
      taskStream('demo-2024-15'),
      'TaskProgressReported',
    );
    expect(random.figuresToDate).toEqual({ randomItems: 93, jointItems: 94 });
  });

  it('creates one account per role with the published demo credentials', () => {
    const registered = first
      .filter((e) => e.type === 'UserRegistered')
      .map((e) => e.data as { username: string; role: string });
    for (const account of DEMO_ACCOUNTS) {
      expect(registered).toContainEqual(
        expect.objectContaining({ username: account.username, role: account.role }),
      );
    }
  });
});
