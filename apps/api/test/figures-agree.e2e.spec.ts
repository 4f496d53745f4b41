import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_LIVED_TOKENS, ManualClock } from './support/inspections-fixture.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const TASK = `id status percent lastReportAt leadUnitId
  units { unitId role acknowledged percent lastReportAt figures { indicatorId value } }
  figures { indicatorId value } rates { id numerator denominator percent }`;
const FIGURES = `tasksLed tasksCooperated acknowledged cooperationsAcknowledged inProgress awaitingReview completed
  overdue findings findingsOpen findingsClosed lastReportAt`;
const M = {
  registerUnit: 'mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { id } }',
  registerUser: 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }',
  draftTaskList: 'mutation($input: DraftTaskListInput!) { draftTaskList(input: $input) { id } }',
  issueTaskList: 'mutation($listId: ID!) { issueTaskList(listId: $listId) { id status } }',
  addTask: `mutation($input: AddTaskInput!) { addTask(input: $input) { ${TASK} } }`,
  acknowledgeTask: `mutation($taskId: ID!) { acknowledgeTask(taskId: $taskId) { ${TASK} } }`,
  reportTaskProgress: `mutation($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { ${TASK} } }`,
  requestHandoff: `mutation($input: RequestHandoffInput!) { requestHandoff(input: $input) { ${TASK} } }`,
  approveHandoff: `mutation($input: ApproveHandoffInput!) { approveHandoff(input: $input) { ${TASK} } }`,
  requestTaskCompletion: `mutation($input: RequestTaskCompletionInput!) { requestTaskCompletion(input: $input) { ${TASK} } }`,
  acceptTask: `mutation($input: AcceptTaskInput!) { acceptTask(input: $input) { ${TASK} } }`,
  openInspection: 'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id } }',
  logFinding: 'mutation($input: LogFindingInput!) { logFinding(input: $input) { id } }',
  notifyFinding: 'mutation($id: ID!) { notifyFinding(findingId: $id) { id } }',
  generateAnnualReport: `mutation($year: Int!) { generateAnnualReport(year: $year) { version
    figures { key value numerator denominator status sources { type actor { unitId } } } } }`,
};
const Q = {
  task: `query($id: ID!) { task(id: $id) { ${TASK} } }`,
  progress: `query($id: ID!) { departmentProgress(taskListId: $id) {
    units { unitId ${FIGURES} } areas { area ${FIGURES} } totals { ${FIGURES} } } }`,
  indicators: `query($id: ID!) { indicatorFigures(taskListId: $id) { taskId
    units { unitId figures { indicatorId value } } totals { figures { indicatorId value } rates { id percent } } } }`,
};
const PASSWORD = 'Figures#Agree2025';
const AREAS = ['矛盾纠纷化解', '普法宣传'];
const MEDIATION = {
  indicators: [
    { id: 'accepted', name: '受理人民调解案件', unitOfMeasure: '起' },
    { id: 'succeeded', name: '成功调解', unitOfMeasure: '起', partOf: 'accepted' },
  ],
  rates: [{ id: 'successRate', name: '调解成功率', numerator: 'succeeded', denominator: 'accepted' }],
};
const asMap = (figures: { indicatorId: string; value: number }[]) =>
  Object.fromEntries(figures.map((f) => [f.indicatorId, f.value]));

/**
 * A district built only through the public API: a lead and a cooperating unit reporting the same
 * indicator, a handoff, a completion without a progress report, and an inspection of 2025's work
 * logged in January 2026. Every view must give the same figure for the same question.
 */
describe('one figure for one question, wherever it is asked', () => {
  let app: TestApp;
  const clock = new ManualClock(new Date('2025-03-03T09:00:00+08:00'));
  const tokens: Record<string, string> = {};
  let listId = '';
  const ids: Record<string, string> = {};

  const ok = async <T = any>(who: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await app.gql(query, variables, tokens[who]);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return Object.values(result.data as Record<string, T>)[0]!;
  };
  const at = (iso: string) => clock.set(iso);

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { ...LONG_LIVED_TOKENS, DUBAN_URGE_INTERVAL_MS: '0' } });
    tokens.admin = await app.adminToken();
    for (const [unitId, name, kind] of [
      ['sfj', '区司法局', 'DEPARTMENT'],
      ['hetang', '荷塘乡', 'TOWNSHIP'],
      ['xfj', '区信访局', 'DEPARTMENT'],
    ] as const) {
      await ok('admin', M.registerUnit, { input: { unitId, name, kind } });
    }
    for (const [username, role, unitId] of [
      ['office', 'DISTRICT_OFFICE', null],
      ['inspector', 'INSPECTOR', null],
      ['sfj', 'UNIT_OFFICER', 'sfj'],
      ['hetang', 'UNIT_OFFICER', 'hetang'],
      ['xfj', 'UNIT_OFFICER', 'xfj'],
    ] as const) {
      ids[username] = (
        await ok<{ id: string }>('admin', M.registerUser, {
          input: { username, displayName: username, role, unitId, password: PASSWORD },
        })
      ).id;
      tokens[username] = (await app.login(username, PASSWORD)).accessToken;
    }
    listId = (
      await ok<{ id: string }>('office', M.draftTaskList, {
        input: {
          year: 2025,
          title: '2025年法治政府建设工作要点',
          documentNumber: '法治办〔2025〕1号',
          areas: AREAS,
        },
      })
    ).id;
    const add = async (title: string, area: string, leadUnitId: string, cooperatingUnitIds: string[]) =>
      (
        await ok<{ id: string }>('office', M.addTask, {
          input: {
            listId,
            area,
            title,
            description: title,
            leadUnitId,
            cooperatingUnitIds,
            deadline: '2025-12-31',
            indicators: MEDIATION,
          },
        })
      ).id;
    ids.mediation = await add('强化人民调解', AREAS[0]!, 'sfj', ['hetang']);
    ids.petitions = await add('信访法治化', AREAS[0]!, 'xfj', []);
    ids.outreach = await add('法治宣传进乡村', AREAS[1]!, 'hetang', []);
    await ok('office', M.issueTaskList, { listId });
    await ok('sfj', M.acknowledgeTask, { taskId: ids.mediation });
    await ok('hetang', M.acknowledgeTask, { taskId: ids.mediation });
    await ok('xfj', M.acknowledgeTask, { taskId: ids.petitions });
    await ok('hetang', M.acknowledgeTask, { taskId: ids.outreach });
  }, 180_000);
  afterAll(() => app?.close());

  it("sums the lead's and a cooperating unit's own figures for one indicator, in every view and in the report", async () => {
    at('2025-06-30T10:00:00+08:00');
    const report = (who: string, accepted: number, succeeded: number, percent: number) =>
      ok(who, M.reportTaskProgress, {
        input: {
          taskId: ids.mediation,
          percent,
          narrative: `受理${accepted}起，成功${succeeded}起`,
          figures: [
            { indicatorId: 'accepted', value: accepted },
            { indicatorId: 'succeeded', value: succeeded },
          ],
        },
      });
    await report('sfj', 96, 84, 50);
    // The cooperating unit reports last: its figures must not replace the lead's.
    const task = await report('hetang', 30, 25, 60);
    expect(asMap(task.figures)).toEqual({ accepted: 126, succeeded: 109 });
    expect(task.rates).toEqual([{ id: 'successRate', numerator: 109, denominator: 126, percent: 86.5 }]);
    const unit = (id: string) => task.units.find((u: { unitId: string }) => u.unitId === id);
    expect(asMap(unit('sfj').figures)).toEqual({ accepted: 96, succeeded: 84 });
    expect(asMap(unit('hetang').figures)).toEqual({ accepted: 30, succeeded: 25 });
    // The task page shows the lead's own progress, not the last reporter's.
    expect(task.percent).toBe(50);

    const figures = await ok<any[]>('office', Q.indicators, { id: listId });
    const mediation = figures.find((f) => f.taskId === ids.mediation);
    expect(asMap(mediation.totals.figures)).toEqual({ accepted: 126, succeeded: 109 });
    expect(mediation.totals.rates).toEqual([{ id: 'successRate', percent: 86.5 }]);

    const drafted = await ok<any>('office', M.generateAnnualReport, { year: 2025 });
    const accepted = drafted.figures.find((f: any) => f.key === `task/${ids.mediation}/accepted`);
    expect(accepted).toMatchObject({ value: 126, status: 'SOUND' });
    expect(new Set(accepted.sources.map((s: any) => s.actor.unitId))).toEqual(new Set(['sfj', 'hetang']));
    const rate = drafted.figures.find((f: any) => f.key === `task/${ids.mediation}/rate/successRate`);
    expect(rate).toMatchObject({ value: 86.5, numerator: 109, denominator: 126 });
  });

  it('counts a pending handoff as in progress, and shows a new lead its own progress, not its predecessor’s', async () => {
    at('2025-07-10T10:00:00+08:00');
    await ok('xfj', M.reportTaskProgress, {
      input: { taskId: ids.petitions, percent: 95, narrative: '基本完成' },
    });
    const pending = await ok('xfj', M.requestHandoff, {
      input: { taskId: ids.petitions, toUnitId: 'sfj', reason: '职能调整' },
    });
    expect(pending.status).toBe('HANDOFF_PENDING');
    const progress = await ok<any>('office', Q.progress, { id: listId });
    expect(progress.totals.inProgress).toBe(3);
    expect(progress.units.find((u: any) => u.unitId === 'xfj').inProgress).toBe(1);

    const handed = await ok('office', M.approveHandoff, { input: { taskId: ids.petitions } });
    expect(handed).toMatchObject({ status: 'ASSIGNED', leadUnitId: 'sfj', percent: 0 });
    const byUnit = Object.fromEntries(handed.units.map((u: any) => [u.unitId, u]));
    expect(byUnit.sfj).toMatchObject({ role: 'LEAD', acknowledged: false, percent: 0 });
    expect(byUnit.xfj).toMatchObject({ role: 'FORMER_LEAD', percent: 95 });
  });

  it('shows a completed task at 100% with the completion request as its latest feedback', async () => {
    at('2025-09-01T10:00:00+08:00');
    await ok('hetang', M.requestTaskCompletion, {
      input: { taskId: ids.outreach, summary: '开展法治宣传12场' },
    });
    at('2025-09-03T10:00:00+08:00');
    const done = await ok('office', M.acceptTask, { input: { taskId: ids.outreach } });
    expect(done.status).toBe('COMPLETED');
    expect(done.percent).toBe(100);
    expect(Date.parse(done.lastReportAt)).toBe(Date.parse('2025-09-01T10:00:00+08:00'));
    const lead = done.units.find((u: any) => u.unitId === 'hetang');
    expect(lead).toMatchObject({ percent: 100 });
    expect(Date.parse(lead.lastReportAt)).toBe(Date.parse('2025-09-01T10:00:00+08:00'));
  });

  it("counts a finding of 2025's inspection logged in 2026 in 2025: in its task's area, the district and the report", async () => {
    at('2026-01-15T10:00:00+08:00');
    const inspectionId = (
      await ok<{ id: string }>('office', M.openInspection, {
        input: {
          kind: 'SPECIAL',
          title: '2025年度法治建设专项督察',
          teamUserIds: [ids.inspector],
          targetUnitIds: ['sfj', 'hetang'],
          periodStart: '2025-01-01',
          periodEnd: '2025-12-31',
        },
      })
    ).id;
    const log = (unitId: string, taskId: string | null) =>
      ok<{ id: string }>('inspector', M.logFinding, {
        input: {
          inspectionId,
          unitId,
          taskId,
          description: '调解卷宗不规范',
          severity: 'MEDIUM',
          category: '案卷管理',
          rectificationDeadline: '2026-03-31',
        },
      });
    const linked = await log('sfj', ids.mediation!);
    const unlinked = await log('hetang', null);
    // Not yet notified, a finding is the team's working note: no figure counts it.
    const before = await ok<any>('office', Q.progress, { id: listId });
    expect(before.totals.findings).toBe(0);
    await ok('inspector', M.notifyFinding, { id: linked.id });
    await ok('inspector', M.notifyFinding, { id: unlinked.id });

    const progress = await ok<any>('office', Q.progress, { id: listId });
    expect(progress.totals.findings).toBe(2);
    const area = (name: string) => progress.areas.find((a: any) => a.area === name);
    // The linked finding belongs to its task's area; the unlinked one to no area.
    expect(area(AREAS[0]!).findings).toBe(1);
    expect(area(AREAS[1]!).findings).toBe(0);
    expect(progress.units.find((u: any) => u.unitId === 'sfj').findings).toBe(1);
    expect(progress.units.find((u: any) => u.unitId === 'hetang').findings).toBe(1);

    const report = await ok<any>('office', M.generateAnnualReport, { year: 2025 });
    const rectification = report.figures.find((f: any) => f.key === 'summary/rectification-rate');
    expect(rectification).toMatchObject({ numerator: 0, denominator: 2 });
  });

  it('adds up from units to areas to the district, with acknowledgements of lead and cooperating roles apart', async () => {
    const progress = await ok<any>('office', Q.progress, { id: listId });
    const sum = (rows: any[], field: string) => rows.reduce((total, row) => total + row[field], 0);
    for (const field of [
      'tasksLed',
      'tasksCooperated',
      'acknowledged',
      'cooperationsAcknowledged',
      'inProgress',
      'awaitingReview',
      'completed',
      'overdue',
      'findings',
      'findingsOpen',
    ]) {
      expect(sum(progress.units, field), field).toBe(progress.totals[field]);
    }
    for (const field of [
      'tasksLed',
      'tasksCooperated',
      'acknowledged',
      'cooperationsAcknowledged',
      'completed',
    ]) {
      expect(sum(progress.areas, field), field).toBe(progress.totals[field]);
    }
    // Lead acknowledgements: mediation (sfj) and outreach (hetang); petitions' new lead has not yet.
    expect(progress.totals).toMatchObject({
      tasksLed: 3,
      acknowledged: 2,
      tasksCooperated: 1,
      cooperationsAcknowledged: 1,
    });
  });
});
