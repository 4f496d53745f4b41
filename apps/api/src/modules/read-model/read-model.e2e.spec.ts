import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { HistoryWriter } from './testing/history-writer.js';
import {
  EXPECTED_TOTALS,
  EXPECTED_UNITS,
  SCRIPT_LIST_ID,
  SCRIPT_MIDPOINT,
  SCRIPT_NOW,
  writeFirstHalf,
  writeSecondHalf,
} from './testing/scripted-history.js';
import { SettableClock } from './testing/settable-clock.js';
import { startReadModelApp } from '../../../test/read-model/start-read-model-app.js';
import type { ReadModelTestApp } from '../../../test/read-model/start-read-model-app.js';

const FIGURES = `tasksLed tasksCooperated acknowledged cooperationsAcknowledged completedOnTime findings inProgress awaitingReview completed overdue completionRate onTimeRate
  handoffsIn handoffsOut findingsOpen findingsRectifying findingsClosed findingsOverdue rectificationRate lastReportAt trafficLight`;
const PROGRESS = `query P($id: ID!, $asOf: DateTime) { departmentProgress(taskListId: $id, asOf: $asOf) {
  taskListId asOf units { unitId unitName ${FIGURES} } areas { area ${FIGURES} } totals { ${FIGURES} } } }`;

describe('the read model over GraphQL', () => {
  const clock = new SettableClock(SCRIPT_MIDPOINT);
  let app: ReadModelTestApp;
  let writer: HistoryWriter;
  let atMidpoint: any;

  beforeAll(async () => {
    app = await startReadModelApp({
      clock,
      env: { DUBAN_MAX_PAGE_SIZE: '20', DUBAN_MAX_QUERY_DEPTH: '4', DUBAN_MAX_QUERY_COMPLEXITY: '5000' },
    });
    writer = new HistoryWriter(app.store);
    await writeFirstHalf(writer);
    atMidpoint = await app.until(
      PROGRESS,
      (d: any) => d.departmentProgress?.units.length === 3 && d.departmentProgress.totals.findingsOpen === 3,
      {
        id: SCRIPT_LIST_ID,
      },
    );
    await writeSecondHalf(writer);
    clock.set(SCRIPT_NOW);
    app.forgetToken();
    await app.until(PROGRESS, (d: any) => d.departmentProgress?.totals.completed === 1, {
      id: SCRIPT_LIST_ID,
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers departmentProgress with the figures worked out by hand for the scripted history', async () => {
    const data = await app.until<any>(PROGRESS, (d) => d.departmentProgress?.units.length === 3, {
      id: SCRIPT_LIST_ID,
    });
    const { units, totals, areas } = data.departmentProgress;
    for (const expected of EXPECTED_UNITS)
      expect(units.find((u: any) => u.unitId === expected.unitId)).toMatchObject(expected);
    expect(units.find((u: any) => u.unitId === 'u1').unitName).toBe('区司法局');
    expect(totals).toEqual(EXPECTED_TOTALS);
    expect(areas.map((a: any) => [a.area, a.tasksLed, a.completed, a.overdue])).toEqual([
      ['依法决策', 2, 1, 1],
      ['行政执法', 2, 0, 0],
    ]);
    const district = await app.gql(
      `{ districtProgress(taskListId: "${SCRIPT_LIST_ID}") { completionRate trafficLight } }`,
      {},
      await app.token(),
    );
    expect(district.data.districtProgress).toEqual({ completionRate: 25, trafficLight: 'RED' });
  });

  it('answers as of a past date exactly what the live query said at that date', async () => {
    const data = await app.until<any>(PROGRESS, (d) => !!d.departmentProgress, {
      id: SCRIPT_LIST_ID,
      asOf: SCRIPT_MIDPOINT.toISOString(),
    });
    expect(data.departmentProgress.asOf).toBe(true);
    expect({ ...data.departmentProgress, asOf: false }).toEqual(atMidpoint.departmentProgress);

    const task = await app.gql(
      `{ now: task(id: "t1") { status percent timeline { type } } then: task(id: "t1", asOf: "${SCRIPT_MIDPOINT.toISOString()}") { status timeline { type } } }`,
      {},
      await app.token(),
    );
    expect(task.data.now.status).toBe('COMPLETED');
    expect(task.data.then.status).toBe('IN_PROGRESS');
    expect(task.data.then.timeline.map((e: any) => e.type)).not.toContain('TaskAccepted');
    expect(task.data.now.timeline.map((e: any) => e.type)).toContain('TaskAccepted');
  });

  it('keeps a timeline of who did what, when and why, with old and new values', async () => {
    const result = await app.gql(
      `{ task(id: "t3") { leadUnitId leads { unitId to days } handoffs { fromUnitId toUnitId outcome }
          timeline { type at actorRole actorUnitId unitName reason changes { field from to } } } }`,
      {},
      await app.token(),
    );
    const task = result.data.task;
    expect(task.leadUnitId).toBe('u3');
    expect(task.leads.map((l: any) => l.unitId)).toEqual(['u1', 'u3']);
    expect(task.leads[0].days).toBe(32);
    const approved = task.timeline.find((e: any) => e.type === 'HandoffApproved');
    expect(approved).toMatchObject({ actorRole: 'DISTRICT_OFFICE', unitName: '城关镇', reason: '同意' });
    expect(approved.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'HANDOFF_PENDING', to: 'ASSIGNED' },
        { field: 'leadUnitId', from: 'u1', to: 'u3' },
      ]),
    );
  });

  it('filters, sorts and pages tasks and the rectification ledger, deriving overdue from the clock', async () => {
    const token = await app.token();
    const overdue = await app.gql(`{ tasks(filter: { overdue: true }) { total items { id } } }`, {}, token);
    expect(overdue.data.tasks).toEqual({ total: 1, items: [{ id: 't2' }] });
    const first = await app.gql(
      `{ tasks(filter: { taskListId: "${SCRIPT_LIST_ID}" }, sort: { field: DEADLINE, direction: ASC }, page: { first: 2 }) { total nextCursor items { id } } }`,
      {},
      token,
    );
    expect(first.data.tasks.total).toBe(5);
    expect(first.data.tasks.items.map((t: any) => t.id)).toEqual(['t2', 't1']);
    const second = await app.gql(
      `query Q($after: String) { tasks(filter: { taskListId: "${SCRIPT_LIST_ID}" }, page: { first: 2, after: $after }) { items { id } } }`,
      { after: first.data.tasks.nextCursor },
      token,
    );
    expect(second.data.tasks.items.map((t: any) => t.id)).toEqual(['t4', 't3']);
    const ledger = await app.gql(
      `{ rectificationLedger(filter: { overdue: true }) { total items { id unitName overdue } } }`,
      {},
      token,
    );
    expect(ledger.data.rectificationLedger).toEqual({
      total: 1,
      items: [{ id: 'f2', unitName: '区公安分局', overdue: true }],
    });
    const escalated = await app.gql(
      `{ rectificationLedger(filter: { escalated: true }) { items { id escalationReason } } }`,
      {},
      token,
    );
    expect(escalated.data.rectificationLedger.items).toEqual([{ id: 'f3', escalationReason: '问题严重' }]);
  });

  it('shows indicator figures per unit and in total, with derived rates and flagged rule violations', async () => {
    const result = await app.gql(
      `{ indicatorFigures(taskListId: "${SCRIPT_LIST_ID}") { taskId units { unitId rates { id percent } violations { rule } }
         totals { figures { indicatorId value } rates { id percent } violations { rule } } } }`,
      {},
      await app.token(),
    );
    expect(result.errors).toBeUndefined();
    const [t1] = result.data.indicatorFigures;
    expect(t1.taskId).toBe('t1');
    expect(t1.units.find((u: any) => u.unitId === 'u1')).toMatchObject({
      rates: [{ id: 'success', percent: 91.2 }],
      violations: [],
    });
    expect(t1.units.find((u: any) => u.unitId === 'u2').violations).toEqual([{ rule: 'PART_EXCEEDS_WHOLE' }]);
    expect(t1.totals.figures).toEqual(
      expect.arrayContaining([
        { indicatorId: 'accepted', value: 300 },
        { indicatorId: 'resolved', value: 276 },
      ]),
    );
    expect(t1.totals.rates).toEqual([{ id: 'success', percent: 92 }]);
  });

  it('shows an inspection with its findings by status and by unit', async () => {
    const result = await app.gql(
      `{ inspection(id: "insp-1") { title kind summary { findings byStatus { status count } byUnit { unitId total open closed overdue escalated } } } }`,
      {},
      await app.token(),
    );
    expect(result.data.inspection.summary.findings).toBe(3);
    expect(result.data.inspection.summary.byUnit).toEqual(
      expect.arrayContaining([
        { unitId: 'u1', total: 1, open: 0, closed: 1, overdue: 0, escalated: 0 },
        { unitId: 'u2', total: 2, open: 2, closed: 0, overdue: 1, escalated: 1 },
      ]),
    );
  });

  it("lets a unit officer read district progress and their own queue, but not another unit's queue", async () => {
    const admin = await app.token();
    const password = 'Officer-Passw0rd!u3';
    const registered = await app.gql(
      `mutation R($input: RegisterUserInput!) { registerUser(input: $input) { id } }`,
      {
        input: {
          username: 'officer-u3',
          displayName: '城关镇联络员',
          role: 'UNIT_OFFICER',
          unitId: 'u3',
          password,
        },
      },
      admin,
    );
    expect(registered.errors).toBeUndefined();
    const officer = (await app.login('officer-u3', password)).accessToken;
    const own = await app.gql(
      `{ unitQueue(unitId: "u3") { unitName toAcknowledge { id } awaitingDecision { id } } }`,
      {},
      officer,
    );
    expect(own.data.unitQueue).toEqual({
      unitName: '城关镇',
      toAcknowledge: [{ id: 't2' }, { id: 't4' }],
      awaitingDecision: [{ id: 't3' }],
    });
    const other = await app.gql(`{ unitQueue(unitId: "u2") { unitId } }`, {}, officer);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const district = await app.gql(
      `{ districtProgress(taskListId: "${SCRIPT_LIST_ID}") { tasksLed } }`,
      {},
      officer,
    );
    expect(district.data.districtProgress.tasksLed).toBe(4);
  });

  it('refuses operations that are too deep, too costly or ask for too large a page, with VALIDATION', async () => {
    const token = await app.token();
    const deep = await app.gql(
      `{ tasks { items { units { unitId } handoffs { fromUnitId } leads { unitId } } } } `,
      {},
      token,
    );
    expect(deep.errors).toBeUndefined();
    const tooDeep = await app.gql(
      `{ unitQueue(unitId: "u1") { toReport { units { unitId } timeline { changes { field } } } } }`,
      {},
      token,
    );
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', reason: 'QUERY_TOO_DEEP' });
    const tooCostly = await app.gql(
      `{ tasks(page: { first: 20 }) { items { id title units { unitId unitName percent acknowledged reports }
         handoffs { fromUnitId toUnitId outcome reason } leads { unitId from to days } urges { mode urgedAt }
         extensions { reason outcome } timeline { id type at reason note } indicators { id name } figures { indicatorId value } } } }`,
      {},
      token,
    );
    expect(tooCostly.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'QUERY_TOO_COMPLEX',
    });
    const tooLarge = await app.gql(`{ tasks(page: { first: 21 }) { total } }`, {}, token);
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', reason: 'PAGE_TOO_LARGE' });
  });

  it('reports projection status and lag, over GraphQL and as Prometheus metrics', async () => {
    const status = await app.gql(
      `{ projectionStatus { name checkpoint lagEvents lagMs active rebuilding } }`,
      {},
      await app.token(),
    );
    const names = status.data.projectionStatus.map((s: any) => s.name);
    expect(names).toEqual([
      'units',
      'task-lists',
      'tasks',
      'inspections',
      'findings',
      'evidence-references',
      'audit-log',
    ]);
    for (const s of status.data.projectionStatus)
      expect(s).toMatchObject({ active: true, rebuilding: false });
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/^duban_projection_lag_events\{projection="tasks"\} \d+$/m);
    expect(metrics).toContain('# TYPE duban_projection_lag_events gauge');
    // Every append of this suite went to the database, alone or in a group (ADR 0007).
    const calls = Number(/^duban_event_store_append_calls_total (\d+)$/m.exec(metrics)?.[1]);
    const appends = Number(/^duban_event_store_appends_total (\d+)$/m.exec(metrics)?.[1]);
    expect(calls).toBeGreaterThan(0);
    expect(appends).toBeGreaterThanOrEqual(calls);
  });

  it("rebuilds the read model on an administrator's request and answers the same afterwards", async () => {
    const before = await app.gql(PROGRESS, { id: SCRIPT_LIST_ID }, await app.token());
    const rebuilt = await app.gql(
      `mutation { rebuildProjections { events checkpoint } }`,
      {},
      await app.token(),
    );
    expect(rebuilt.data.rebuildProjections.events).toBeGreaterThanOrEqual(writer.count);
    const after = await app.gql(PROGRESS, { id: SCRIPT_LIST_ID }, await app.token());
    expect(after.data).toEqual(before.data);
  });

  it('sends progressChanged at once and again after the projector commits a change to the list', async () => {
    const token = await app.token();
    const accept = () =>
      writer.append(
        'task-t3',
        'TaskAccepted',
        {
          taskId: 't3',
          listId: SCRIPT_LIST_ID,
          area: '行政执法',
          title: '任务 t3',
          leadUnitId: 'u3',
          cooperatingUnitIds: [],
          deadline: '2024-07-05',
          completionRequestedAt: '2024-06-30T09:00:00+08:00',
          completedAt: '2024-07-01T09:30:00+08:00',
          onTime: true,
          comment: null,
        },
        '2024-07-01T09:30:00+08:00',
      );
    const client = createClient({
      url: app.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const totals: unknown[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        const stop = client.subscribe<any>(
          {
            query: `subscription { progressChanged(taskListId: "${SCRIPT_LIST_ID}") { totals { completed awaitingReview } } }`,
          },
          {
            next: (value) => {
              totals.push(value.data?.progressChanged.totals ?? value.errors);
              // The first message is the state to start from; the change is made only once it arrived.
              if (totals.length === 1) void accept().catch(reject);
              // Other commits (automatic urges, say) may send messages of their own in between.
              if (
                (value.data?.progressChanged.totals as { completed?: number } | undefined)?.completed === 2
              ) {
                stop();
                resolve();
              }
            },
            error: reject,
            complete: () => resolve(),
          },
        );
      });
    } finally {
      await client.dispose();
    }
    expect(totals[0]).toEqual({ completed: 1, awaitingReview: 1 });
    expect(totals[totals.length - 1]).toEqual({ completed: 2, awaitingReview: 0 });
  });
});
