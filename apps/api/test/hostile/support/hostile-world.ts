import { createHmac, randomUUID } from 'node:crypto';
import type { StartTestAppOptions, TestApp } from '../../support/start-test-app.js';
import { TEST_ADMIN, startTestApp } from '../../support/start-test-app.js';
import { uploadEvidence } from '../../support/inspections-fixture.js';
import type { StoredFile } from '../../../src/modules/evidence/storage/stored-file.js';
import type { ValuePools } from './hostile-operation.js';

/**
 * Settings for an app that hostile suites hammer: no timers appending in the background (so a
 * refused call can be checked to append nothing), no login limits tripping over many refused
 * logins, and a long read-your-writes wait for a loaded machine.
 */
export async function startHostileApp(options: StartTestAppOptions = {}): Promise<TestApp> {
  return startTestApp({
    // HOSTILE_LOG=1 shows the server's log, where an unexpected error is written in full.
    log: Boolean(process.env.HOSTILE_LOG),
    ...options,
    env: {
      DUBAN_LOGIN_RATE_LIMIT: '100000',
      DUBAN_LOGIN_MAX_FAILURES: '1000',
      DUBAN_READ_WAIT_MS: '30000',
      DUBAN_URGE_INTERVAL_MS: '0',
      DUBAN_DIGEST_INTERVAL_MS: '0',
      ...options.env,
    },
  });
}

export const UNIT_IDS = { a: 'dept-a', b: 'dept-b', target: 'dept-t', retired: 'dept-r' } as const;
const PASSWORD = 'Hostile#Input2026';

export interface Person {
  id: string;
  token: string;
  username: string;
}

/** A small district with something of every kind, and a person in every role. */
export interface HostileWorld {
  admin: Person;
  office: Person;
  leader: Person;
  inspector: Person;
  officerA: Person;
  officerB: Person;
  /** An account the fuzzer may disable, re-role or unlock; nobody acts as it. */
  bystander: Person;
  listId: string;
  taskA: string;
  taskB: string;
  inspectionId: string;
  findingA: string;
  findingB: string;
  evidence: StoredFile;
  /** Tokens a hostile client could present, from none and garbage to every role. */
  tokens: Record<string, string | undefined>;
  pools: ValuePools;
}

/** A day `days` from now, YYYY-MM-DD. */
export const dayFromNow = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A token that looks right but is signed with another key. */
const forgedToken = (subject: string): string => {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const head = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: subject, role: 'SYSTEM_ADMIN', exp: 4_102_444_800 })}`;
  return `${head}.${createHmac('sha256', 'not-the-key').update(head).digest('base64url')}`;
};

const M = {
  registerUnit: 'mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { id } }',
  retireUnit: 'mutation($input: RetireUnitInput!) { retireUnit(input: $input) { id } }',
  registerUser: 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }',
  draftTaskList: 'mutation($input: DraftTaskListInput!) { draftTaskList(input: $input) { id } }',
  addTask: 'mutation($input: AddTaskInput!) { addTask(input: $input) { id } }',
  issueTaskList: 'mutation($listId: ID!) { issueTaskList(listId: $listId) { id } }',
  acknowledgeTask: 'mutation($taskId: ID!) { acknowledgeTask(taskId: $taskId) { id } }',
  openInspection: 'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id } }',
  logFinding: 'mutation($input: LogFindingInput!) { logFinding(input: $input) { id } }',
  notifyFinding: 'mutation($id: ID!) { notifyFinding(findingId: $id) { id } }',
} as const;

/** Runs a set-up mutation and returns its single field, failing loudly when it is refused. */
export async function must<T = any>(
  app: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const result = await app.gql(query, variables, token);
  if (result.errors || !result.data) throw new Error(`set-up refused: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data as Record<string, T>)[0]!;
}

export async function buildHostileWorld(app: TestApp): Promise<HostileWorld> {
  const adminToken = await app.adminToken();
  const adminLogin = await app.login(TEST_ADMIN.username, TEST_ADMIN.password);
  const admin: Person = { id: adminLogin.user.id, token: adminToken, username: TEST_ADMIN.username };
  for (const [unitId, name] of [
    [UNIT_IDS.a, '区司法局'],
    [UNIT_IDS.b, '区卫健委'],
    [UNIT_IDS.target, '区应急管理局'],
    [UNIT_IDS.retired, '区撤并办'],
  ] as const) {
    await must(app, M.registerUnit, { input: { unitId, name, kind: 'DEPARTMENT' } }, adminToken);
  }
  await must(app, M.retireUnit, { input: { unitId: UNIT_IDS.retired, reason: '机构改革' } }, adminToken);

  const person = async (username: string, role: string, unitId: string | null = null): Promise<Person> => {
    const { id } = await must<{ id: string }>(
      app,
      M.registerUser,
      { input: { username, displayName: username, role, unitId, password: PASSWORD } },
      adminToken,
    );
    return { id, username, token: (await app.login(username, PASSWORD)).accessToken };
  };
  const office = await person('office', 'DISTRICT_OFFICE');
  const leader = await person('leader', 'LEADER');
  const inspector = await person('inspector', 'INSPECTOR');
  const officerA = await person('officer-a', 'UNIT_OFFICER', UNIT_IDS.a);
  const officerB = await person('officer-b', 'UNIT_OFFICER', UNIT_IDS.b);
  const bystander = await person('bystander', 'UNIT_OFFICER', UNIT_IDS.b);

  const year = new Date().getUTCFullYear() + 1;
  const deadline = `${year}-06-30`;
  const { id: listId } = await must<{ id: string }>(
    app,
    M.draftTaskList,
    {
      input: {
        year,
        title: '法治政府建设任务清单',
        documentNumber: '昌法办〔2027〕1号',
        areas: ['行政执法'],
      },
    },
    office.token,
  );
  const task = async (leadUnitId: string) =>
    (
      await must<{ id: string }>(
        app,
        M.addTask,
        {
          input: {
            listId,
            area: '行政执法',
            title: `行政执法检查 ${leadUnitId}`,
            description: '开展行政执法检查',
            leadUnitId,
            deadline,
            indicators: {
              indicators: [
                { id: 'checks', name: '执法检查', unitOfMeasure: '家次' },
                { id: 'enterprises', name: '企业', unitOfMeasure: '家次', partOf: 'checks' },
              ],
              rates: [],
            },
          },
        },
        office.token,
      )
    ).id;
  const taskA = await task(UNIT_IDS.a);
  const taskB = await task(UNIT_IDS.b);
  await must(app, M.issueTaskList, { listId }, office.token);
  await must(app, M.acknowledgeTask, { taskId: taskA }, officerA.token);
  await must(app, M.acknowledgeTask, { taskId: taskB }, officerB.token);

  const { id: inspectionId } = await must<{ id: string }>(
    app,
    M.openInspection,
    {
      input: {
        kind: 'SPECIAL',
        title: '行政执法专项督察',
        teamUserIds: [inspector.id],
        targetUnitIds: [UNIT_IDS.a, UNIT_IDS.b],
        periodStart: dayFromNow(0),
        periodEnd: dayFromNow(30),
      },
    },
    office.token,
  );
  const evidence = await uploadEvidence(app, '现场检查记录.pdf', inspector.token);
  const finding = async (unitId: string) => {
    const { id } = await must<{ id: string }>(
      app,
      M.logFinding,
      {
        input: {
          inspectionId,
          unitId,
          description: '行政执法公示信息更新不及时',
          severity: 'MEDIUM',
          category: '执法公示',
          rectificationDeadline: dayFromNow(60),
          evidence: [evidence],
        },
      },
      inspector.token,
    );
    await must(app, M.notifyFinding, { id }, inspector.token);
    return id;
  };
  const findingA = await finding(UNIT_IDS.a);
  const findingB = await finding(UNIT_IDS.b);

  const tokens: Record<string, string | undefined> = {
    none: undefined,
    garbage: 'not-a-token',
    forged: forgedToken(admin.id),
    admin: admin.token,
    office: office.token,
    leader: leader.token,
    inspector: inspector.token,
    officerA: officerA.token,
    officerB: officerB.token,
  };
  const pools: ValuePools = {
    ids: [
      ...Object.values(UNIT_IDS),
      officerA.id,
      officerB.id,
      bystander.id,
      inspector.id,
      listId,
      taskA,
      taskB,
      inspectionId,
      findingA,
      findingB,
      evidence.sha256,
      randomUUID(),
      `task-${taskA}`,
      'unknown-id',
      'district',
    ],
    texts: [
      '整改报告',
      '行政执法',
      '执法公示',
      'checks',
      'enterprises',
      evidence.sha256,
      evidence.name,
      'application/pdf',
      'officer-a',
      PASSWORD,
      'Another#Strong2026pw',
      'summary',
    ],
    dates: [dayFromNow(0), dayFromNow(45), deadline, `${year}-12-31`, '2024-05-06'],
  };
  return {
    admin,
    office,
    leader,
    inspector,
    officerA,
    officerB,
    bystander,
    listId,
    taskA,
    taskB,
    inspectionId,
    findingA,
    findingB,
    evidence,
    tokens,
    pools,
  };
}
