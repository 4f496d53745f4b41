import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_LIMITS, taskStream } from '@duban/domain';
import { startTestApp } from './support/start-test-app.js';
import type { GraphqlResponse, TestApp } from './support/start-test-app.js';

const INDICATOR_FIELDS = 'indicators { id unitOfMeasure kind scale target }';
const M = {
  registerUnit: 'mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { id } }',
  registerUser: 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }',
  draftTaskList: 'mutation($input: DraftTaskListInput!) { draftTaskList(input: $input) { id } }',
  issueTaskList: 'mutation($listId: ID!) { issueTaskList(listId: $listId) { id status } }',
  addTask: `mutation($input: AddTaskInput!) { addTask(input: $input) { id ${INDICATOR_FIELDS} } }`,
  acknowledgeTask: 'mutation($taskId: ID!) { acknowledgeTask(taskId: $taskId) { id } }',
  reportTaskProgress: `mutation($input: ReportTaskProgressInput!) {
    reportTaskProgress(input: $input) { id figures { indicatorId value } } }`,
};
const FIGURES = `query($listId: ID!) { indicatorFigures(taskListId: $listId) {
  taskId indicators { id kind scale } totals { figures { indicatorId value } } } }`;
const PASSWORD = 'Figures#2024xy';

/** A task of the seed report's kind: cases counted in 件, funds in 万元 at two decimals, fines in 元 at four. */
const INDICATORS = {
  indicators: [
    { id: 'cases', name: '办理法律援助案件', unitOfMeasure: '件', kind: 'COUNT', target: 300 },
    { id: 'funds', name: '普法经费', unitOfMeasure: '万元', kind: 'AMOUNT', scale: 2, target: 1500.5 },
    { id: 'fines', name: '罚没款', unitOfMeasure: '元', kind: 'AMOUNT', scale: 4 },
    { id: 'legacy', name: '投入资金', unitOfMeasure: '万元' },
  ],
  rates: [],
};

describe('indicator kinds and bounds over GraphQL', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  let listId = '';
  let taskId = '';

  const ok = async <T = any>(who: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await app.gql(query, variables, tokens[who]);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return Object.values(result.data as Record<string, T>)[0]!;
  };
  /** Runs a mutation that must be refused, checking that nothing was appended to the log. */
  const refused = async (
    who: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<NonNullable<GraphqlResponse['errors']>[number]> => {
    const head = (await app.store.readAll()).length;
    const result = await app.gql(query, variables, tokens[who]);
    expect(result.errors, 'a refusal').toBeDefined();
    expect((await app.store.readAll()).length).toBe(head);
    return result.errors![0]!;
  };
  const report = (figures: { indicatorId: string; value: number }[]) => ({
    input: { taskId, percent: 50, narrative: '按季度报送', figures },
  });
  const taskInput = (indicators: unknown) => ({
    input: {
      listId,
      area: '普法宣传',
      title: '落实普法责任制',
      description: '开展法律援助和普法宣传',
      leadUnitId: 'sfj',
      deadline: '2030-12-31',
      indicators,
    },
  });

  beforeAll(async () => {
    app = await startTestApp({ env: { DUBAN_URGE_INTERVAL_MS: '0' } });
    tokens.admin = await app.adminToken();
    await ok('admin', M.registerUnit, { input: { unitId: 'sfj', name: '区司法局', kind: 'DEPARTMENT' } });
    for (const [username, role, unitId] of [
      ['office', 'DISTRICT_OFFICE', null],
      ['sfj.officer', 'UNIT_OFFICER', 'sfj'],
      ['leader', 'LEADER', null],
    ] as const) {
      await ok('admin', M.registerUser, {
        input: { username, displayName: username, role, unitId, password: PASSWORD },
      });
      tokens[username] = (await app.login(username, PASSWORD)).accessToken;
    }
    const list = await ok<{ id: string }>('office', M.draftTaskList, {
      input: {
        year: 2030,
        title: '普法任务清单',
        documentNumber: '昌法治办〔2030〕2号',
        areas: ['普法宣传'],
      },
    });
    listId = list.id;
  }, 120_000);
  afterAll(() => app?.close());

  it('refuses definitions out of bounds with a coded error, appending nothing', async () => {
    const percent = await refused(
      'office',
      M.addTask,
      taskInput({ indicators: [{ id: 'p', name: '出庭率', unitOfMeasure: '%', kind: 'COUNT' }], rates: [] }),
    );
    expect(percent.extensions).toMatchObject({ code: 'VALIDATION', reason: 'INDICATOR_DEFINITION_INVALID' });
    expect(percent.message).toContain('rate');

    const many = Array.from({ length: INDICATOR_LIMITS.indicatorsPerTask + 1 }, (_, index) => ({
      id: `i${index}`,
      name: `指标${index}`,
      unitOfMeasure: '件',
    }));
    const tooMany = await refused('office', M.addTask, taskInput({ indicators: many, rates: [] }));
    expect(tooMany.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'TOO_MANY_INDICATORS',
      details: { max: INDICATOR_LIMITS.indicatorsPerTask },
    });

    for (const indicator of [
      { id: 'a', name: 'a', unitOfMeasure: '件', target: 1.7e308 },
      { id: 'a', name: 'a', unitOfMeasure: '件', target: 0.5 },
      { id: 'a', name: 'a', unitOfMeasure: '万元', kind: 'AMOUNT', scale: 5 },
    ]) {
      const bad = await refused('office', M.addTask, taskInput({ indicators: [indicator], rates: [] }));
      expect(bad.extensions?.reason).toBe('INDICATOR_DEFINITION_INVALID');
    }
  });

  it('records each indicator’s kind and scale, inferring them for an indicator that declares none', async () => {
    const task = await ok<{ id: string; indicators: unknown[] }>('office', M.addTask, taskInput(INDICATORS));
    taskId = task.id;
    expect(task.indicators).toEqual([
      { id: 'cases', unitOfMeasure: '件', kind: 'COUNT', scale: 0, target: 300 },
      { id: 'funds', unitOfMeasure: '万元', kind: 'AMOUNT', scale: 2, target: 1500.5 },
      { id: 'fines', unitOfMeasure: '元', kind: 'AMOUNT', scale: 4, target: null },
      { id: 'legacy', unitOfMeasure: '万元', kind: 'AMOUNT', scale: 2, target: null },
    ]);
    await ok('office', M.issueTaskList, { listId });
    await ok('sfj.officer', M.acknowledgeTask, { taskId });
  });

  it.each([
    ['1.7e308 cases', 'cases', 1.7e308, 'FIGURE_OUT_OF_RANGE'],
    ['half a case', 'cases', 0.5, 'FIGURE_NOT_INTEGER'],
    ['a negative amount', 'funds', -1, 'FIGURE_OUT_OF_RANGE'],
    ['an amount beyond ten thousand million', 'funds', 1e11, 'FIGURE_OUT_OF_RANGE'],
    ['an amount with more decimals than its scale', 'funds', 1142.315, 'FIGURE_TOO_PRECISE'],
    ['an undeclared money amount with three decimals', 'legacy', 0.001, 'FIGURE_TOO_PRECISE'],
  ])(
    'refuses %s with %s naming the indicator, appending nothing',
    async (_label, indicatorId, value, reason) => {
      const before = (await app.store.readStream(taskStream(taskId))).length;
      const error = await refused('sfj.officer', M.reportTaskProgress, report([{ indicatorId, value }]));
      expect(error.extensions).toMatchObject({ code: 'VALIDATION', reason, details: { indicatorId } });
      expect((await app.store.readStream(taskStream(taskId))).length).toBe(before);
    },
  );

  it('keeps figures within their bounds exactly, and the figures stay readable for every role', async () => {
    const task = await ok<{ figures: { indicatorId: string; value: number }[] }>(
      'sfj.officer',
      M.reportTaskProgress,
      report([
        { indicatorId: 'cases', value: 297 },
        { indicatorId: 'funds', value: 1142.31 },
        { indicatorId: 'fines', value: 12.3456 },
      ]),
    );
    expect(task.figures).toEqual(
      expect.arrayContaining([
        { indicatorId: 'cases', value: 297 },
        { indicatorId: 'funds', value: 1142.31 },
        { indicatorId: 'fines', value: 12.3456 },
      ]),
    );
    for (const who of ['office', 'leader', 'sfj.officer']) {
      const figures = await app.gql(FIGURES, { listId }, tokens[who]);
      expect(figures.errors, who).toBeUndefined();
      const [row] = figures.data.indicatorFigures;
      expect(row.indicators).toContainEqual({ id: 'funds', kind: 'AMOUNT', scale: 2 });
      expect(row.totals.figures).toContainEqual({ indicatorId: 'funds', value: 1142.31 });
    }
  });
});
