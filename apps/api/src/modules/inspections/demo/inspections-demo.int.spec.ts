import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evolveFinding, initialFindingState, isFindingOverdue, renderNoticeMarkdown } from '@duban/domain';
import type { Actor, FindingEvent, FindingFacts, InspectionNoticeIssued } from '@duban/domain';
import { createPgliteEventStore } from '@duban/event-store';
import type { EventStore } from '@duban/event-store';
import { loadConfig } from '../../../core/config/load-config.js';
import { createApp } from '../../../create-app.js';
import { UsersDirectory } from '../../accounts/directory/users-directory.js';
import { DEMO_ACCOUNTS } from '../../demo/demo-district.data.js';
import { SeedClock } from '../../demo/seed-clock.js';
import { CommandRunner } from '../../../core/event-store/command-runner.js';
import { EvidenceFiles } from '../../evidence/storage/evidence-files.js';
import {
  DEMO_CASE_FILE_REVIEW,
  DEMO_FINDINGS,
  DEMO_INSPECTION_UNITS,
  DEMO_NOTICE_ID,
  DEMO_SPECIAL_INSPECTION,
} from './inspections-demo.data.js';
import { InspectionsDemoStep } from './inspections-demo.step.js';

describe('the demo inspections (embedded store, seeded on first start)', () => {
  let dataDir: string;
  let store: EventStore;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'duban-demo-inspections-'));
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
    store = createPgliteEventStore({ dataDir: join(dataDir, 'events') });
    app = await createApp(config, { store, logger: false });
    await app.init();
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const finding = async (id: string): Promise<FindingFacts> => {
    const events = await store.readStream(`finding-${id}`);
    const state = events.reduce(
      (s, e) => evolveFinding(s, { type: e.type, data: e.data } as FindingEvent),
      initialFindingState(),
    );
    if (state.status === 'NONE') throw new Error(`demo finding ${id} was not seeded`);
    return state;
  };

  it('opens the special inspection of 行政执法“三项制度” at six units, three of them named by the report', async () => {
    const [opened] = await store.readStream(`inspection-${DEMO_SPECIAL_INSPECTION.id}`);
    expect(opened?.type).toBe('InspectionOpened');
    expect(opened?.data).toMatchObject({ kind: 'SPECIAL', targetUnitIds: [...DEMO_INSPECTION_UNITS] });
    expect(DEMO_INSPECTION_UNITS).toHaveLength(6);
    expect(DEMO_INSPECTION_UNITS).toEqual(expect.arrayContaining(['yjj', 'wjw', 'nyj']));
    expect(opened?.metadata.actor.role).toBe('DISTRICT_OFFICE');
    expect(opened?.metadata.recordedAt?.startsWith('2024-05-06')).toBe(true);
  });

  it('reviews 22 case files across the six units and closes the review', async () => {
    const events = await store.readStream(`inspection-${DEMO_CASE_FILE_REVIEW.id}`);
    expect(events[0]?.data).toMatchObject({ kind: 'CASE_FILE_REVIEW', filesSampled: 22 });
    const reviews = events.filter((e) => e.type === 'CaseFileReviewRecorded');
    expect(reviews).toHaveLength(6);
    expect(reviews.reduce((sum, e) => sum + (e.data as { filesSampled: number }).filesSampled, 0)).toBe(22);
    expect(events.at(-1)?.type).toBe('InspectionClosed');
  });

  it('leaves a finding in every state, one returned and rectifying again, one escalated, one overdue', async () => {
    const yearEnd = '2024-12-31T18:00:00+08:00';
    const f = DEMO_FINDINGS;
    expect((await finding(f.logged.id)).status).toBe('LOGGED');
    expect((await finding(f.notified.id)).status).toBe('NOTIFIED');
    expect((await finding(f.rectifying.id)).status).toBe('RECTIFYING');
    expect((await finding(f.awaitingVerification.id)).status).toBe('AWAITING_VERIFICATION');
    expect(await finding(f.closed.id)).toMatchObject({ status: 'CLOSED', onTime: true });
    expect(await finding(f.returned.id)).toMatchObject({ status: 'RECTIFYING', returnCount: 1 });
    const escalated = await finding(f.escalated.id);
    expect(escalated.escalation).not.toBeNull();
    const overdue = await finding(f.overdue.id);
    expect(overdue.remindersSent).toEqual(['DUE_IN_N_DAYS', 'OVERDUE']);
    const all = await Promise.all(Object.values(f).map((d) => finding(d.id)));
    expect(all.filter((state) => isFindingOverdue(state, yearEnd)).map((s) => s.findingId)).toEqual([
      f.overdue.id,
    ]);
  });

  it('issues a notice of the special inspection whose export groups the findings by unit', async () => {
    const issued = (await store.readStream(`inspection-${DEMO_SPECIAL_INSPECTION.id}`)).find(
      (e) => e.type === 'InspectionNoticeIssued',
    );
    const data = issued?.data as InspectionNoticeIssued['data'];
    expect(data.noticeId).toBe(DEMO_NOTICE_ID);
    const text = renderNoticeMarkdown({ ...data, content: data.content });
    expect(text).toContain('区应急管理局(2个问题)');
    expect(text).toContain('共发现问题8个,涉及6家单位');
  });

  it('appends nothing when the step runs again, as a resumed seed would', async () => {
    const before = (await store.readAll()).length;
    const users = app.get(UsersDirectory);
    const actorOf = (username: string): Actor => {
      const user = users.findByUsername(username);
      if (!user) throw new Error(`no demo user ${username}`);
      return { userId: user.id, role: user.role, unitId: user.unitId };
    };
    const files = app.get(EvidenceFiles);
    await app.get(InspectionsDemoStep).run({
      runner: new CommandRunner(store, new SeedClock()),
      clock: new SeedClock(),
      store,
      runnerOn: (clock) => new CommandRunner(store, clock),
      today: new Date(),
      urgeDaysBefore: 3,
      remindDaysBefore: 3,
      actor: (key) => actorOf(DEMO_ACCOUNTS.find((a) => a.key === key)!.username),
      officerOf: (unitId) =>
        actorOf(DEMO_ACCOUNTS.find((a) => a.unitId === unitId)?.username ?? `${unitId}.officer`),
      unitIds: [...DEMO_INSPECTION_UNITS],
      evidence: (name, content, by) => files.save(Readable.from([Buffer.from(content)]), name, by.userId),
    });
    expect((await store.readAll()).length).toBe(before);
  });
});
