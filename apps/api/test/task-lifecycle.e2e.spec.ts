import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskListStream, taskStream } from '@duban/domain';
import { startTestApp } from './support/start-test-app.js';
import type { GraphqlResponse, TestApp } from './support/start-test-app.js';

const TASK_FIELDS = `id listId area title status leadUnitId cooperatingUnitIds deadline percent returns
  units { unitId role acknowledged percent }
  figures { indicatorId value } rates { id percent }
  pendingHandoff { toUnitId } pendingExtension { requestedDeadline }
  handoffs { fromUnitId toUnitId } extensions { requestedDeadline }
  urges { mode message } completedAt onTime`;

const M = {
  registerUnit:
    'mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { id name kind retired } }',
  registerUser: 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }',
  draftTaskList:
    'mutation($input: DraftTaskListInput!) { draftTaskList(input: $input) { id status taskIds } }',
  issueTaskList: 'mutation($listId: ID!) { issueTaskList(listId: $listId) { id status taskIds } }',
  addTask: `mutation($input: AddTaskInput!) { addTask(input: $input) { ${TASK_FIELDS} } }`,
  editTask: `mutation($input: EditTaskInput!) { editTask(input: $input) { ${TASK_FIELDS} } }`,
  acknowledgeTask: `mutation($taskId: ID!) { acknowledgeTask(taskId: $taskId) { ${TASK_FIELDS} } }`,
  reportTaskProgress: `mutation($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { ${TASK_FIELDS} } }`,
  requestExtension: `mutation($input: RequestExtensionInput!) { requestExtension(input: $input) { ${TASK_FIELDS} } }`,
  approveExtension: `mutation($input: ApproveExtensionInput!) { approveExtension(input: $input) { ${TASK_FIELDS} } }`,
  requestHandoff: `mutation($input: RequestHandoffInput!) { requestHandoff(input: $input) { ${TASK_FIELDS} } }`,
  approveHandoff: `mutation($input: ApproveHandoffInput!) { approveHandoff(input: $input) { ${TASK_FIELDS} } }`,
  urgeTask: `mutation($input: UrgeTaskInput!) { urgeTask(input: $input) { ${TASK_FIELDS} } }`,
  requestTaskCompletion: `mutation($input: RequestTaskCompletionInput!) { requestTaskCompletion(input: $input) { ${TASK_FIELDS} } }`,
  returnTask: `mutation($input: ReturnTaskInput!) { returnTask(input: $input) { ${TASK_FIELDS} } }`,
  acceptTask: `mutation($input: AcceptTaskInput!) { acceptTask(input: $input) { ${TASK_FIELDS} } }`,
};

const PASSWORD = 'Lifecycle#2024x';

describe('the life of a task through GraphQL over HTTP: drafted, issued, extended, handed off, returned, completed', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  let taskId = '';

  /** Runs a mutation and returns its data, failing the test with the errors if there are any. */
  const ok = async <T = any>(who: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await app.gql(query, variables, tokens[who]);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return Object.values(result.data as Record<string, T>)[0]!;
  };
  const refused = async (
    who: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphqlResponse> => {
    const head = (await app.store.readAll()).length;
    const result = await app.gql(query, variables, tokens[who]);
    expect((await app.store.readAll()).length).toBe(head);
    return result;
  };

  beforeAll(async () => {
    app = await startTestApp({ env: { DUBAN_URGE_INTERVAL_MS: '0' } });
    tokens.admin = await app.adminToken();
    for (const [id, name] of [
      ['sfj', '区司法局'],
      ['hetang', '荷塘乡'],
      ['xfj', '区信访局'],
    ]) {
      await ok('admin', M.registerUnit, {
        input: { unitId: id, name, kind: id === 'hetang' ? 'TOWNSHIP' : 'DEPARTMENT' },
      });
    }
    for (const [username, role, unitId] of [
      ['office', 'DISTRICT_OFFICE', null],
      ['sfj.officer', 'UNIT_OFFICER', 'sfj'],
      ['hetang.officer', 'UNIT_OFFICER', 'hetang'],
      ['xfj.officer', 'UNIT_OFFICER', 'xfj'],
    ] as const) {
      await ok('admin', M.registerUser, {
        input: { username, displayName: username, role, unitId, password: PASSWORD },
      });
      tokens[username] = (await app.login(username, PASSWORD)).accessToken;
    }
  }, 120_000);
  afterAll(() => app?.close());

  it('lets the office draft a list, add and edit a task, and issue the list to its units', async () => {
    const list = await ok('office', M.draftTaskList, {
      input: {
        year: 2030,
        title: '法治政府建设任务清单',
        documentNumber: '昌法治办〔2030〕1号',
        areas: ['矛盾纠纷化解', '普法宣传'],
      },
    });
    expect(list.status).toBe('DRAFT');
    const task = await ok('office', M.addTask, {
      input: {
        listId: list.id,
        area: '矛盾纠纷化解',
        title: '强化人民调解',
        description: '开展矛盾纠纷排查化解',
        leadUnitId: 'sfj',
        cooperatingUnitIds: ['hetang'],
        deadline: '2030-06-30',
        indicators: {
          indicators: [
            { id: 'accepted', name: '受理人民调解案件', unitOfMeasure: '起' },
            { id: 'succeeded', name: '成功调解', unitOfMeasure: '起', partOf: 'accepted' },
          ],
          rates: [{ id: 'successRate', name: '调解成功率', numerator: 'succeeded', denominator: 'accepted' }],
        },
      },
    });
    taskId = task.id;
    expect(task).toMatchObject({ status: 'DRAFT', leadUnitId: 'sfj', cooperatingUnitIds: ['hetang'] });
    const edited = await ok('office', M.editTask, { input: { taskId, title: '强化人民调解力量' } });
    expect(edited).toMatchObject({ title: '强化人民调解力量', deadline: '2030-06-30' });
    const issued = await ok('office', M.issueTaskList, { listId: list.id });
    expect(issued).toMatchObject({ status: 'ISSUED', taskIds: [taskId] });
  });

  it('moves the task into progress when the lead acknowledges and shows its report with the derived rate', async () => {
    const acknowledged = await ok('sfj.officer', M.acknowledgeTask, { taskId });
    expect(acknowledged.status).toBe('IN_PROGRESS');
    const reported = await ok('sfj.officer', M.reportTaskProgress, {
      input: {
        taskId,
        percent: 40,
        narrative: '受理人民调解案件297起，成功调解271起',
        figures: [
          { indicatorId: 'accepted', value: 297 },
          { indicatorId: 'succeeded', value: 271 },
        ],
      },
    });
    expect(reported.figures).toEqual(
      expect.arrayContaining([
        { indicatorId: 'accepted', value: 297 },
        { indicatorId: 'succeeded', value: 271 },
      ]),
    );
    expect(reported.rates.find((r: { id: string }) => r.id === 'successRate').percent).toBeCloseTo(91.2, 1);
  });

  it('refuses figures that break a declared rule, changing nothing', async () => {
    const result = await refused('sfj.officer', M.reportTaskProgress, {
      input: { taskId, percent: 50, narrative: '错报', figures: [{ indicatorId: 'succeeded', value: 300 }] },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'INDICATOR_RULE_VIOLATED',
    });
  });

  it('extends the deadline when the lead asks and the office approves', async () => {
    const requested = await ok('sfj.officer', M.requestExtension, {
      input: { taskId, newDeadline: '2030-09-30', reason: '案件集中，需要延期' },
    });
    expect(requested.pendingExtension).toEqual({ requestedDeadline: '2030-09-30' });
    const approved = await ok('office', M.approveExtension, { input: { taskId, comment: '同意' } });
    expect(approved).toMatchObject({ deadline: '2030-09-30', pendingExtension: null });
  });

  it('hands the task to a new lead, who must acknowledge it, and keeps the old lead out', async () => {
    const requested = await ok('sfj.officer', M.requestHandoff, {
      input: { taskId, toUnitId: 'xfj', reason: '信访调解职能划转' },
    });
    expect(requested).toMatchObject({ status: 'HANDOFF_PENDING', pendingHandoff: { toUnitId: 'xfj' } });
    const approved = await ok('office', M.approveHandoff, { input: { taskId } });
    expect(approved).toMatchObject({
      status: 'ASSIGNED',
      leadUnitId: 'xfj',
      handoffs: [{ fromUnitId: 'sfj', toUnitId: 'xfj' }],
    });
    const oldLead = await refused('sfj.officer', M.requestTaskCompletion, {
      input: { taskId, summary: '已完成' },
    });
    expect(oldLead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ok('xfj.officer', M.acknowledgeTask, { taskId })).status).toBe('IN_PROGRESS');
  });

  it('returns a completion request with a reason and accepts the next one', async () => {
    await ok('office', M.urgeTask, { input: { taskId, message: '请抓紧报送办结材料' } });
    const asked = await ok('xfj.officer', M.requestTaskCompletion, {
      input: { taskId, summary: '调解工作完成' },
    });
    expect(asked.status).toBe('AWAITING_REVIEW');
    const returned = await ok('office', M.returnTask, { input: { taskId, reason: '缺少调解台账' } });
    expect(returned).toMatchObject({ status: 'IN_PROGRESS', returns: 1 });
    await ok('xfj.officer', M.requestTaskCompletion, { input: { taskId, summary: '已补充调解台账' } });
    const accepted = await ok('office', M.acceptTask, { input: { taskId, comment: '同意办结' } });
    expect(accepted).toMatchObject({ status: 'COMPLETED', onTime: true });
    expect(accepted.urges).toHaveLength(1);
  });

  it('refuses to act on a completed task with a coded error and no change', async () => {
    const urge = await refused('office', M.urgeTask, { input: { taskId, message: '再催' } });
    expect(urge.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', reason: 'TASK_NOT_OPEN' });
    const cooperating = await refused('hetang.officer', M.acknowledgeTask, { taskId });
    expect(cooperating.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE' });
  });

  describe('an add sent again under the task id the client chose', () => {
    let listId = '';
    const taskId = randomUUID();
    const input = () => ({
      listId,
      taskId,
      area: '普法宣传',
      title: '开展宪法宣传周活动',
      description: '组织宪法进机关、进社区',
      leadUnitId: 'sfj',
      cooperatingUnitIds: ['hetang'],
      deadline: '2030-12-04',
    });
    const typesOf = async (streamId: string) => (await app.store.readStream(streamId)).map((e) => e.type);

    beforeAll(async () => {
      const list = await ok('office', M.draftTaskList, {
        input: {
          year: 2030,
          title: '普法任务清单',
          documentNumber: '昌法治办〔2030〕2号',
          areas: ['普法宣传'],
        },
      });
      listId = list.id;
    });

    it('adds the task under that id once and answers a retry with the same task, appending nothing', async () => {
      const first = await ok('office', M.addTask, { input: input() });
      expect(first).toMatchObject({ id: taskId, listId, status: 'DRAFT', title: '开展宪法宣传周活动' });
      const head = (await app.store.readAll()).length;
      // A UUID is the same id in capitals.
      const again = await ok('office', M.addTask, { input: { ...input(), taskId: taskId.toUpperCase() } });
      expect(again).toEqual(first);
      expect((await app.store.readAll()).length).toBe(head);
      expect(await typesOf(taskStream(taskId))).toEqual(['TaskDrafted']);
      expect((await typesOf(taskListStream(listId))).filter((t) => t === 'TaskAddedToList')).toHaveLength(1);
    });

    it('refuses the id with other content, or for another list, with TASK_ID_IN_USE and no change', async () => {
      const changed = await refused('office', M.addTask, {
        input: { ...input(), title: '开展民法典宣传月活动' },
      });
      expect(changed.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_STATE',
        reason: 'TASK_ID_IN_USE',
        details: { taskId, differingFields: ['title'] },
      });
      const other = await ok('office', M.draftTaskList, {
        input: { year: 2030, title: '另一份清单', areas: ['普法宣传'] },
      });
      const elsewhere = await refused('office', M.addTask, { input: { ...input(), listId: other.id } });
      expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_STATE',
        reason: 'TASK_ID_IN_USE',
        details: { taskId, listId: other.id, differingFields: ['listId'] },
      });
      expect(await typesOf(taskListStream(other.id))).toEqual(['TaskListDrafted']);
    });

    it('refuses a task id that is not a UUID with a validation error and no change', async () => {
      for (const bad of [
        'task-1',
        '',
        ` ${randomUUID()}`,
        `${randomUUID()}0`,
        'g'.repeat(8) + randomUUID().slice(8),
      ]) {
        const result = await refused('office', M.addTask, { input: { ...input(), taskId: bad } });
        expect(result.errors?.[0]?.extensions, bad).toMatchObject({
          code: 'VALIDATION',
          reason: 'TASK_ID_NOT_UUID',
          details: { field: 'taskId' },
        });
      }
    });

    it('issues the list with the task added once', async () => {
      const issued = await ok('office', M.issueTaskList, { listId });
      expect(issued).toMatchObject({ status: 'ISSUED', taskIds: [taskId] });
    });
  });
});
