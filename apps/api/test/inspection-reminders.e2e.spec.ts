import { CommandBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FindingReminderService } from '../src/modules/inspections/reminders/finding-reminder.service.js';
import { castInspectionRoles, LONG_LIVED_TOKENS, ManualClock } from './support/inspections-fixture.js';
import type { InspectionCast } from './support/inspections-fixture.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const OPEN = 'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id kind status } }';
const LOG =
  'mutation($input: LogFindingInput!) { logFinding(input: $input) { id status percent returns escalated onTime closedAt } }';
const NOTIFY =
  'mutation($id: ID!) { notifyFinding(findingId: $id) { id status percent returns escalated onTime closedAt } }';
const PLAN =
  'mutation($input: SubmitRectificationPlanInput!) { submitRectificationPlan(input: $input) { id status percent returns escalated onTime closedAt } }';

describe('automatic reminders before and after a rectification deadline', () => {
  let app: TestApp;
  let cast: InspectionCast;
  const clock = new ManualClock(new Date('2024-06-01T09:00:00+08:00'));
  const notified: string[] = [];
  let loggedOnly: string;

  /** Another instance's watcher over the same store: it shares nothing with the app's but the log. */
  const watcher = () =>
    new FindingReminderService(app.store, app.config, clock, app.app.get(CommandBus)).watcher;

  const reminders = async () =>
    (await app.store.readAll())
      .filter((event) => event.type === 'FindingReminded')
      .map((event) => {
        const data = event.data as { findingId: string; threshold: string; days: number | null };
        return `${data.findingId}:${data.threshold}:${data.days}`;
      })
      .sort();

  const ok = async (query: string, variables: Record<string, unknown>, token: string): Promise<string> => {
    const result = await app.gql(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const value = Object.values(result.data as Record<string, unknown>)[0];
    return typeof value === 'string' ? value : (value as { id: string }).id;
  };

  beforeAll(async () => {
    // The timers stay off: the test drives every pass itself.
    app = await startTestApp({
      clock,
      env: { ...LONG_LIVED_TOKENS, DUBAN_REMIND_DAYS_BEFORE: '3', DUBAN_URGE_INTERVAL_MS: '0' },
    });
    cast = await castInspectionRoles(app);
    const inspectionId = await ok(
      OPEN,
      {
        input: {
          kind: 'RULE_OF_LAW',
          title: '2024年度法治督察',
          teamUserIds: [cast.inspector.id],
          targetUnitIds: [cast.units.a],
          periodStart: '2024-06-01',
          periodEnd: '2024-06-30',
        },
      },
      cast.office.token,
    );
    const log = () =>
      ok(
        LOG,
        {
          input: {
            inspectionId,
            unitId: cast.units.a,
            description: '行政复议决定未按期履行',
            severity: 'MEDIUM',
            category: '行政复议',
            rectificationDeadline: '2024-06-30',
          },
        },
        cast.inspector.token,
      );
    for (let i = 0; i < 4; i++) {
      const id = await log();
      await ok(NOTIFY, { id }, cast.inspector.token);
      notified.push(id);
    }
    // One of them is being rectified: the unit still owes it, so it is reminded too.
    await ok(
      PLAN,
      {
        input: {
          findingId: notified[0],
          plan: '整改',
          measures: ['督促履行'],
          plannedCompletionDate: '2024-06-25',
        },
      },
      cast.officerA.token,
    );
    loggedOnly = await log();
  });
  afterAll(() => app?.close());

  it('sends nothing while the deadline is further away than the configured days', async () => {
    clock.set('2024-06-27T23:59:00+08:00');
    await Promise.all([watcher().tick(), watcher().tick()]);
    expect(await reminders()).toEqual([]);
  });

  it('sends the early reminder once per finding when two watchers race for it', async () => {
    clock.set('2024-06-28T00:00:01+08:00');
    const [first, second] = [watcher(), watcher()];
    const outcomes = await Promise.all([first.tick(), second.tick()]);
    expect(outcomes.every((outcome) => outcome.failed === 0)).toBe(true);
    expect(await reminders()).toEqual(notified.map((id) => `${id}:DUE_IN_N_DAYS:3`).sort());
    expect((await reminders()).some((line) => line.startsWith(loggedOnly))).toBe(false);
  });

  it('does not repeat it after a restart or on later passes', async () => {
    clock.set('2024-06-30T20:00:00+08:00');
    const restarted = watcher();
    expect(await restarted.tick()).toEqual({ sent: 0, alreadyDone: 0, failed: 0 });
    await app.app.get(FindingReminderService).watcher.tick();
    expect(await reminders()).toHaveLength(notified.length);
  });

  it('sends the overdue reminder once per finding from the district’s midnight after the deadline', async () => {
    clock.set('2024-07-01T00:00:01+08:00');
    await Promise.all([
      watcher().tick(),
      watcher().tick(),
      app.app.get(FindingReminderService).watcher.tick(),
    ]);
    await watcher().tick();
    const all = await reminders();
    expect(all.filter((line) => line.endsWith(':OVERDUE:null'))).toEqual(
      notified.map((id) => `${id}:OVERDUE:null`).sort(),
    );
    expect(all).toHaveLength(notified.length * 2);
  });
});
