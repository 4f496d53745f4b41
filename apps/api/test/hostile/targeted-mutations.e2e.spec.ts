import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_LIMITS } from '@duban/domain';
import type { TestApp } from '../support/start-test-app.js';
import { HostileCaller } from './support/hostile-caller.js';
import { EDGE_DATES, MALFORMED_DATES, ODD_STRINGS } from './support/hostile-values.js';
import { UNIT_IDS, buildHostileWorld, dayFromNow, must, startHostileApp } from './support/hostile-world.js';
import type { HostileWorld } from './support/hostile-world.js';
import { liveRun } from './support/refusal-checks.js';
import { Tally } from './support/tally.js';

const M = {
  reportTaskProgress:
    'mutation($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { id percent } }',
  requestHandoff: 'mutation($input: RequestHandoffInput!) { requestHandoff(input: $input) { id status } }',
  approveHandoff: 'mutation($input: ApproveHandoffInput!) { approveHandoff(input: $input) { id status } }',
  rejectHandoff: 'mutation($input: RejectHandoffInput!) { rejectHandoff(input: $input) { id status } }',
  requestExtension:
    'mutation($input: RequestExtensionInput!) { requestExtension(input: $input) { id status } }',
  rejectExtension: 'mutation($input: RejectExtensionInput!) { rejectExtension(input: $input) { id status } }',
  retireUnit: 'mutation($input: RetireUnitInput!) { retireUnit(input: $input) { id } }',
  draftTaskList: 'mutation($input: DraftTaskListInput!) { draftTaskList(input: $input) { id } }',
  addTask: 'mutation($input: AddTaskInput!) { addTask(input: $input) { id } }',
  editTask: 'mutation($input: EditTaskInput!) { editTask(input: $input) { id } }',
  openInspection: 'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id } }',
  logFinding: 'mutation($input: LogFindingInput!) { logFinding(input: $input) { id } }',
  submitPlan:
    'mutation($input: SubmitRectificationPlanInput!) { submitRectificationPlan(input: $input) { id } }',
  generateReport:
    'mutation($year: Int!, $asOf: String) { generateAnnualReport(year: $year, asOf: $asOf) { id } }',
  acknowledgeTask: 'mutation($taskId: ID!) { acknowledgeTask(taskId: $taskId) { id } }',
  requestTaskCompletion:
    'mutation($input: RequestTaskCompletionInput!) { requestTaskCompletion(input: $input) { id } }',
  reportRectificationProgress:
    'mutation($input: ReportRectificationProgressInput!) { reportRectificationProgress(input: $input) { id } }',
  requestFindingClosure:
    'mutation($input: RequestFindingClosureInput!) { requestFindingClosure(input: $input) { id } }',
  recordLogDigest: 'mutation { recordLogDigest { recorded } }',
  acknowledgeLogBreak: 'mutation($note: String!) { acknowledgeLogBreak(note: $note) { state } }',
} as const;

/** YYYY-MM-DD naming a day that exists: the rule every date field states. */
const isCalendarDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
};

/** The latest deadline the domain takes: ten years from today (UTC), so 9999-12-31 is a typo. */
const latestDeadline = (): string => {
  const today = new Date().toISOString().slice(0, 10);
  return `${Number(today.slice(0, 4)) + 10}${today.slice(4)}`;
};

/** Free text as the domain takes it: trimmed, not blank, within its limit. */
const isText = (value: string, max: number): boolean => value.trim().length > 0 && value.trim().length <= max;

const calendarDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Anything but a real YYYY-MM-DD date. */
const notADate = fc
  .oneof(fc.constantFrom(...MALFORMED_DATES, '', ' '), fc.string({ maxLength: 12 }))
  .filter((value) => !isCalendarDate(value));

describe('targeted hostile input: progress figures, handoff targets, dates, and other units’ records', () => {
  let app: TestApp;
  let world: HostileWorld;
  let caller: HostileCaller;
  let draftListId: string;
  let draftTaskId: string;
  const deadline = () => `${new Date().getUTCFullYear() + 1}-06-30`;
  const tally = new Tally();

  beforeAll(async () => {
    app = await startHostileApp();
    world = await buildHostileWorld(app);
    const { id } = await must<{ id: string }>(
      app,
      M.draftTaskList,
      { input: { year: new Date().getUTCFullYear() + 2, title: '草拟清单', areas: ['行政执法'] } },
      world.office.token,
    );
    draftListId = id;
    draftTaskId = (
      await must<{ id: string }>(
        app,
        M.addTask,
        {
          input: {
            listId: draftListId,
            area: '行政执法',
            title: '草拟任务',
            description: '说明',
            leadUnitId: UNIT_IDS.a,
            deadline: deadline(),
          },
        },
        world.office.token,
      )
    ).id;
    caller = new HostileCaller(app);
    await caller.settle();
  }, 180_000);
  afterAll(async () => {
    tally.print('targeted hostile input');
    await app?.close();
  });

  it('accepts a progress report exactly when its percent, narrative and figures are valid, and records what was sent', async () => {
    // What the task holds so far; the oracle for the next report.
    let lastPercent = 0;
    let toDate: Record<string, number> = {};
    const figure = fc.record({
      indicatorId: fc.oneof(
        { arbitrary: fc.constantFrom('checks', 'enterprises'), weight: 6 },
        {
          arbitrary: fc.constantFrom('unknown', '__proto__', 'constructor', 'toString', '', 'CHECKS'),
          weight: 1,
        },
      ),
      value: fc.oneof(
        fc.integer({ min: -5, max: 2000 }),
        fc.double({ min: -10, max: 1e6, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(0, 1e308, -1e-9, 0.5),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        // Mostly a step up from the last report (percent only rises), sometimes any value at all.
        fc.oneof(
          { arbitrary: fc.integer({ min: 0, max: 8 }).map((step) => ({ step })), weight: 6 },
          { arbitrary: fc.integer({ min: -3, max: 103 }).map((at) => ({ at })), weight: 2 },
          { arbitrary: fc.constantFrom(-2_147_483_648, 2_147_483_647).map((at) => ({ at })), weight: 1 },
        ),
        fc.oneof(
          { arbitrary: fc.constantFrom('已开展执法检查', ' 检查 ', '进展'.repeat(5000)), weight: 4 },
          { arbitrary: fc.constantFrom('', '   ', '\u3000', 'x'.repeat(10_001)), weight: 1 },
        ),
        fc.option(fc.array(figure, { maxLength: 3 }), { freq: 5 }),
        async (percentChoice, narrative, figures) => {
          const percent = 'step' in percentChoice ? lastPercent + percentChoice.step : percentChoice.at;
          const ids = (figures ?? []).map((f) => f.indicatorId);
          const sent = Object.fromEntries((figures ?? []).map((f) => [f.indicatorId, f.value]));
          const merged = { ...toDate, ...sent };
          const valid =
            percent >= Math.max(0, lastPercent) &&
            percent <= 100 &&
            isText(narrative, 10_000) &&
            new Set(ids).size === ids.length &&
            ids.every((id) => id === 'checks' || id === 'enterprises') &&
            // Both indicators count 家次: whole numbers within the bound of a count.
            (figures ?? []).every(
              (f) => Number.isInteger(f.value) && f.value >= 0 && f.value <= INDICATOR_LIMITS.maxCount,
            ) &&
            (merged.enterprises === undefined ||
              merged.checks === undefined ||
              merged.enterprises <= merged.checks);
          const { outcome, appended, answer } = await caller.call(
            M.reportTaskProgress,
            { input: { taskId: world.taskA, percent, narrative, ...(figures ? { figures } : {}) } },
            world.officerA.token,
          );
          tally.count('reportTaskProgress figures', outcome);
          if (!valid) {
            expect(outcome, answer.text).toBe('VALIDATION');
            return;
          }
          expect(outcome, answer.text).toBe('OK');
          expect(appended.map((e) => e.type)).toEqual(['TaskProgressReported']);
          const data = appended[0]!.data as { percent: number; figures: Record<string, number> };
          expect(data.percent).toBe(percent);
          expect(data.figures).toEqual(sent);
          lastPercent = percent;
          toDate = merged;
        },
      ),
      liveRun(40),
    );
  });

  it('refuses figures named after JavaScript object internals as unknown indicators instead of dropping them', async () => {
    for (const indicatorId of ['__proto__', 'constructor', 'toString']) {
      const { outcome, appended, answer } = await caller.call(
        M.reportTaskProgress,
        {
          input: {
            taskId: world.taskA,
            percent: 100,
            narrative: '检查',
            figures: [{ indicatorId, value: 1 }],
          },
        },
        world.officerA.token,
      );
      expect({ indicatorId, outcome, appended: appended.length }, answer.text).toEqual({
        indicatorId,
        outcome: 'VALIDATION',
        appended: 0,
      });
      expect(answer.body?.errors?.[0]?.extensions?.reason).toBe('UNKNOWN_INDICATOR');
    }
  });

  it('hands a task only to another registered unit that is not retired, refusing unknown, retired and own units', async () => {
    const active = new Set<string>([UNIT_IDS.b, UNIT_IDS.target]);
    const valid = fc.constantFrom(UNIT_IDS.b, UNIT_IDS.target, ` ${UNIT_IDS.b} `);
    const invalid = fc.constantFrom(
      UNIT_IDS.retired,
      UNIT_IDS.a,
      'dept-zz',
      'DEPT-B',
      `${UNIT_IDS.b}\u200b`,
      '../dept-b',
      `unit-${UNIT_IDS.b}`,
      'd'.repeat(101),
      '',
      '   ',
      world.taskB,
      ...ODD_STRINGS.filter((s) => !s.includes('\u0000') && !/[\ud800-\udfff]/.test(s)).slice(0, 10),
    );
    const targets = fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: invalid, weight: 3 });
    await fc.assert(
      fc.asyncProperty(
        targets,
        fc.oneof(
          { arbitrary: fc.constant('职责调整'), weight: 4 },
          { arbitrary: fc.constantFrom('', ' ', 'r'.repeat(2001)), weight: 1 },
        ),
        async (toUnitId, reason) => {
          const unit = toUnitId.trim();
          const refusals = new Set<string>();
          if (!isText(reason, 2000) || unit === '' || unit.length > 100) refusals.add('VALIDATION');
          if (unit === UNIT_IDS.a) refusals.add('VALIDATION');
          else if (unit === UNIT_IDS.retired) refusals.add('INVALID_STATE');
          else if (!active.has(unit)) refusals.add('NOT_FOUND');
          const { outcome, appended, answer } = await caller.call(
            M.requestHandoff,
            { input: { taskId: world.taskA, toUnitId, reason } },
            world.officerA.token,
          );
          tally.count('requestHandoff targets', outcome);
          if (refusals.size > 0) {
            expect([...refusals], answer.text).toContain(outcome);
            return;
          }
          expect(outcome, answer.text).toBe('OK');
          expect(appended.map((e) => [e.type, (e.data as { toUnitId: string }).toUnitId])).toEqual([
            ['HandoffRequested', unit],
          ]);
          await must(
            app,
            M.rejectHandoff,
            { input: { taskId: world.taskA, reason: '不同意' } },
            world.office.token,
          );
        },
      ),
      liveRun(30),
    );
  });

  it('asks for an extension only to a real calendar date after the current deadline and within ten years', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(calendarDate, notADate, fc.constantFrom(...EDGE_DATES, deadline())),
        async (newDeadline) => {
          const valid =
            isCalendarDate(newDeadline) && newDeadline > deadline() && newDeadline <= latestDeadline();
          const { outcome, appended, answer } = await caller.call(
            M.requestExtension,
            { input: { taskId: world.taskA, newDeadline, reason: '需要更多时间' } },
            world.officerA.token,
          );
          tally.count('requestExtension dates', outcome);
          if (!valid) {
            expect(outcome, answer.text).toBe('VALIDATION');
            return;
          }
          expect(outcome, answer.text).toBe('OK');
          expect(appended.map((e) => e.type)).toEqual(['ExtensionRequested']);
          await must(
            app,
            M.rejectExtension,
            { input: { taskId: world.taskA, reason: '不同意' } },
            world.office.token,
          );
        },
      ),
      liveRun(30),
    );
  });

  /** Every date field, in a call that is valid but for the date; `date` is filled in by the test. */
  const dateFields = (): Array<{
    field: string;
    query: string;
    token: () => string;
    variables: (date: string) => Record<string, unknown>;
  }> => [
    {
      field: 'addTask.deadline',
      query: M.addTask,
      token: () => world.office.token,
      variables: (date) => ({
        input: {
          listId: draftListId,
          area: '行政执法',
          title: `任务 ${date}`,
          description: '说明',
          leadUnitId: UNIT_IDS.a,
          deadline: date,
        },
      }),
    },
    {
      field: 'editTask.deadline',
      query: M.editTask,
      token: () => world.office.token,
      variables: (date) => ({ input: { taskId: draftTaskId, deadline: date } }),
    },
    {
      field: 'openInspection.periodStart',
      query: M.openInspection,
      token: () => world.office.token,
      variables: (date) => ({
        input: {
          kind: 'SPECIAL',
          title: '专项督察',
          teamUserIds: [world.inspector.id],
          targetUnitIds: [UNIT_IDS.a],
          periodStart: date,
          periodEnd: '2099-12-31',
        },
      }),
    },
    {
      field: 'openInspection.periodEnd',
      query: M.openInspection,
      token: () => world.office.token,
      variables: (date) => ({
        input: {
          kind: 'SPECIAL',
          title: '专项督察',
          teamUserIds: [world.inspector.id],
          targetUnitIds: [UNIT_IDS.a],
          periodStart: dayFromNow(0),
          periodEnd: date,
        },
      }),
    },
    {
      field: 'logFinding.rectificationDeadline',
      query: M.logFinding,
      token: () => world.inspector.token,
      variables: (date) => ({
        input: {
          inspectionId: world.inspectionId,
          unitId: UNIT_IDS.a,
          description: '台账不全',
          severity: 'LOW',
          category: '执法公示',
          rectificationDeadline: date,
          evidence: [world.evidence],
        },
      }),
    },
    {
      field: 'submitRectificationPlan.plannedCompletionDate',
      query: M.submitPlan,
      token: () => world.officerB.token,
      variables: (date) => ({
        input: {
          findingId: world.findingB,
          plan: '整改方案',
          measures: ['专人负责'],
          plannedCompletionDate: date,
        },
      }),
    },
  ];

  it('refuses anything but a real calendar date in every date field, appending nothing', async () => {
    const fields = dateFields();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), notADate, async (target, date) => {
        const { outcome, answer } = await caller.call(target.query, target.variables(date), target.token());
        tally.count('malformed dates', outcome);
        expect({ field: target.field, date, outcome }, answer.text).toEqual({
          field: target.field,
          date,
          outcome: 'VALIDATION',
        });
      }),
      liveRun(40),
    );
  });

  it('accepts the very same calls with a real date, so the refusals above were about the date', async () => {
    for (const target of dateFields()) {
      const { outcome, answer } = await caller.call(
        target.query,
        target.variables(dayFromNow(40)),
        target.token(),
      );
      expect({ field: target.field, outcome }, answer.text).toEqual({ field: target.field, outcome: 'OK' });
    }
  });

  it('refuses a report "as of" something that is not an instant, appending nothing', async () => {
    for (const asOf of ['yesterday', 'Invalid Date', '2024-13-01', '', '   ', '+275760-09-13T00:00:00Z']) {
      const { outcome, answer } = await caller.call(
        M.generateReport,
        { year: new Date().getUTCFullYear(), asOf },
        world.office.token,
      );
      tally.count('generateAnnualReport asOf', outcome);
      expect({ asOf, outcome }, answer.text).toEqual({ asOf, outcome: 'VALIDATION' });
    }
  });

  it('refuses every unit-officer command on another unit’s task or finding, appending nothing', async () => {
    const operations: Array<[string, string, (r: string) => Record<string, unknown>]> = [
      ['acknowledgeTask', M.acknowledgeTask, () => ({ taskId: world.taskA })],
      [
        'reportTaskProgress',
        M.reportTaskProgress,
        (text) => ({ input: { taskId: world.taskA, percent: 100, narrative: text } }),
      ],
      [
        'requestTaskCompletion',
        M.requestTaskCompletion,
        (text) => ({ input: { taskId: world.taskA, summary: text } }),
      ],
      [
        'requestExtension',
        M.requestExtension,
        (text) => ({ input: { taskId: world.taskA, newDeadline: '2099-12-31', reason: text } }),
      ],
      [
        'requestHandoff',
        M.requestHandoff,
        (text) => ({ input: { taskId: world.taskA, toUnitId: UNIT_IDS.b, reason: text } }),
      ],
      [
        'submitRectificationPlan',
        M.submitPlan,
        (text) => ({
          input: {
            findingId: world.findingA,
            plan: text,
            measures: [text],
            plannedCompletionDate: '2099-12-31',
          },
        }),
      ],
      [
        'reportRectificationProgress',
        M.reportRectificationProgress,
        (text) => ({ input: { findingId: world.findingA, narrative: text, percent: 50 } }),
      ],
      [
        'requestFindingClosure',
        M.requestFindingClosure,
        (text) => ({ input: { findingId: world.findingA, summary: text, evidence: [world.evidence] } }),
      ],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        fc.constantFrom('officerB', 'leader'),
        fc.constantFrom('已完成', '整改完毕', 'x'),
        async ([name, query, variables], who, text) => {
          const token = who === 'officerB' ? world.officerB.token : world.leader.token;
          const { outcome, answer } = await caller.call(query, variables(text), token);
          tally.count('other units’ records', outcome);
          expect(['FORBIDDEN', 'NOT_FOUND'], `${name} as ${who}: ${answer.text}`).toContain(outcome);
        },
      ),
      liveRun(30),
    );
  });

  it('refuses an "as of" that names no moment that exists in the progress and detail queries', async () => {
    const PROGRESS =
      'query($id: ID!, $asOf: DateTime) { districtProgress(taskListId: $id, asOf: $asOf) { completionRate } }';
    for (const asOf of [
      '2024-02-30',
      '2023-02-29T12:00:00Z',
      '2024-04-31T00:00:00+08:00',
      '2024-03-01T25:00:00Z',
    ]) {
      const refused = await app.gql(PROGRESS, { id: world.listId, asOf }, world.office.token);
      expect({ asOf, code: refused.errors?.[0]?.extensions?.code }).toEqual({ asOf, code: 'VALIDATION' });
      const inline = await app.gql(
        `query($id: ID!) { task(id: $id, asOf: ${JSON.stringify(asOf)}) { id } }`,
        { id: world.taskA },
        world.office.token,
      );
      expect({ asOf, code: inline.errors?.[0]?.extensions?.code }).toEqual({ asOf, code: 'VALIDATION' });
    }
    // After the list was drafted, so the answer is its progress, not "no such list".
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    for (const asOf of [tomorrow, `${tomorrow}T08:00:00+08:00`, new Date().toISOString()]) {
      const accepted = await app.gql(PROGRESS, { id: world.listId, asOf }, world.office.token);
      expect({ asOf, errors: accepted.errors }).toEqual({ asOf, errors: undefined });
    }
  });

  it('refuses text sent as invalid UTF-8 instead of storing replacement characters, appending nothing', async () => {
    const before = (await app.store.readAll({ limit: 100_000 })).length;
    const body = Buffer.concat([
      Buffer.from(
        JSON.stringify({
          query: M.reportTaskProgress,
          variables: { input: { taskId: world.taskA, percent: 40, narrative: '@@' } },
        }).replace('@@', '已完成'),
      ),
    ]);
    // The narrative's bytes are cut in the middle of a character: 已 is e5 b7 b2, sent as e5 b7.
    const at = body.indexOf(Buffer.from('已完成'));
    const broken = Buffer.concat([body.subarray(0, at), Buffer.from([0xe5, 0xb7]), body.subarray(at + 3)]);
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${world.officerA.token}` },
      body: broken,
    });
    const answer = (await response.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', reason: 'TEXT_NOT_STORABLE' });
    expect((await app.store.readAll({ limit: 100_000 })).length).toBe(before);
  });

  it('keeps the tamper record out of reach: only the administrator records digests or acknowledges a break, and only a real one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          ['recordLogDigest', M.recordLogDigest, {}] as const,
          ['acknowledgeLogBreak', M.acknowledgeLogBreak, { note: '日志无误' }] as const,
        ),
        fc.constantFrom('none', 'garbage', 'forged', 'office', 'leader', 'inspector', 'officerA'),
        async ([name, query, variables], who) => {
          const { outcome, answer, appended } = await caller.call(query, variables, world.tokens[who]);
          tally.count('tamper record', outcome);
          expect(['FORBIDDEN', 'UNAUTHENTICATED'], `${name} as ${who}: ${answer.text}`).toContain(outcome);
          expect(appended).toEqual([]);
        },
      ),
      liveRun(20),
    );
    const intact = await caller.call(M.acknowledgeLogBreak, { note: '日志无误' }, world.admin.token);
    expect(intact.outcome).toBe('INVALID_STATE');
    expect(intact.answer.text).toContain('LOG_INTEGRITY_NOT_BROKEN');
    expect(intact.appended).toEqual([]);
  });

  it('refuses to approve a handoff to a unit retired while the request waited, and leaves the task with its lead', async () => {
    await must(
      app,
      M.requestHandoff,
      { input: { taskId: world.taskA, toUnitId: UNIT_IDS.target, reason: '职责调整' } },
      world.officerA.token,
    );
    await must(app, M.retireUnit, { input: { unitId: UNIT_IDS.target, reason: '撤并' } }, world.admin.token);
    const { outcome, answer } = await caller.call(
      M.approveHandoff,
      { input: { taskId: world.taskA } },
      world.office.token,
    );
    expect(outcome, answer.text).toBe('INVALID_STATE');
    expect(answer.body?.errors?.[0]?.extensions?.reason).toBe('UNIT_RETIRED');
    const rejected = await must<{ status: string }>(
      app,
      M.rejectHandoff,
      { input: { taskId: world.taskA, reason: '接收单位已撤并' } },
      world.office.token,
    );
    expect(rejected.status).not.toBe('HANDOFF_PENDING');
  });
});
