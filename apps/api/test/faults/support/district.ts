import type { ApiProcess } from './api-process.js';
import { FAULT_ADMIN } from './api-process.js';

export const PASSWORD = 'Faults#Officer-2024';
export const AREA = '行政执法';

export const M = {
  registerUnit: 'mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { id } }',
  registerUser: 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }',
  draftTaskList: 'mutation($input: DraftTaskListInput!) { draftTaskList(input: $input) { id } }',
  addTask: 'mutation($input: AddTaskInput!) { addTask(input: $input) { id status } }',
  issueTaskList: 'mutation($listId: ID!) { issueTaskList(listId: $listId) { id status taskIds } }',
  acknowledgeTask: 'mutation($taskId: ID!) { acknowledgeTask(taskId: $taskId) { id status } }',
  reportTaskProgress:
    'mutation($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { id percent } }',
  urgeTask: 'mutation($input: UrgeTaskInput!) { urgeTask(input: $input) { id } }',
  rebuildProjections: 'mutation { rebuildProjections { events checkpoint } }',
} as const;

export const Q = {
  projectionStatus: '{ projectionStatus { name active lagEvents checkpoint } }',
  task: `query($id: ID!) { task(id: $id) { id status percent leadUnitId cooperatingUnitIds
      units { unitId role acknowledged percent } urges { message } lastReportAt } }`,
  taskList: 'query($id: ID!) { taskList(id: $id) { id status taskIds } }',
  health: '{ health { status } }',
} as const;

export interface TaskRef {
  taskId: string;
  listId: string;
  lead: string;
  cooperating: string;
}

export interface District {
  units: string[];
  /** Access tokens: `admin`, `office`, and one per unit id. */
  tokens: Record<string, string>;
  /** Issued tasks every lead has acknowledged: open for progress reports and urges. */
  tasks: TaskRef[];
}

/** Drafts a list of `count` tasks (leads and cooperating units in turn) and returns its id and tasks. */
export async function draftList(
  api: ApiProcess,
  officeToken: string,
  units: readonly string[],
  count: number,
  title: string,
): Promise<{ listId: string; tasks: TaskRef[] }> {
  const { draftTaskList } = await api.ok(
    M.draftTaskList,
    { input: { year: 2030, title, documentNumber: `昌法办〔2030〕${title}`, areas: [AREA] } },
    officeToken,
  );
  const listId = draftTaskList.id as string;
  const tasks: TaskRef[] = [];
  for (let i = 0; i < count; i++) {
    const lead = units[i % units.length]!;
    const cooperating = units[(i + 1) % units.length]!;
    const { addTask } = await api.ok(
      M.addTask,
      { input: addTaskInput(listId, lead, cooperating, `${title}-${i}`) },
      officeToken,
    );
    tasks.push({ taskId: addTask.id, listId, lead, cooperating });
  }
  return { listId, tasks };
}

export const addTaskInput = (listId: string, lead: string, cooperating: string, title: string) => ({
  listId,
  area: AREA,
  title: `执法检查 ${title}`,
  description: '开展行政执法检查',
  leadUnitId: lead,
  cooperatingUnitIds: [cooperating],
  deadline: '2030-12-31',
});

/**
 * Through GraphQL only, as an operator would: units, the office and one officer per unit, and an
 * issued list whose tasks every lead has acknowledged.
 */
export async function setUpDistrict(
  api: ApiProcess,
  unitCount: number,
  taskCount: number,
): Promise<District> {
  const tokens: Record<string, string> = {};
  tokens.admin = await api.login(FAULT_ADMIN.username, FAULT_ADMIN.password);
  const units = Array.from({ length: unitCount }, (_, i) => `unit-${i + 1}`);
  for (const unitId of units) {
    await api.ok(
      M.registerUnit,
      { input: { unitId, name: `单位${unitId}`, kind: 'DEPARTMENT' } },
      tokens.admin,
    );
  }
  const people: Array<[string, string, string | null]> = [
    ['office', 'DISTRICT_OFFICE', null],
    ...units.map((unitId): [string, string, string] => [`officer-${unitId}`, 'UNIT_OFFICER', unitId]),
  ];
  for (const [username, role, unitId] of people) {
    await api.ok(
      M.registerUser,
      { input: { username, displayName: username, role, unitId, password: PASSWORD } },
      tokens.admin,
    );
    tokens[unitId ?? username] = await api.login(username, PASSWORD);
  }
  const { listId, tasks } = await draftList(api, tokens.office!, units, taskCount, 'setup');
  await api.ok(M.issueTaskList, { listId }, tokens.office);
  for (const task of tasks) await api.ok(M.acknowledgeTask, { taskId: task.taskId }, tokens[task.lead]);
  return { units, tokens, tasks };
}

export interface ProjectionState {
  name: string;
  active: boolean;
  lagEvents: number;
  checkpoint: string;
}

/** Polls projectionStatus until every projection runs somewhere and has applied the whole log. */
export async function waitForProjections(
  api: ApiProcess,
  token: string,
  timeoutMs = 60_000,
): Promise<ProjectionState[]> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    const outcome = await api.call(Q.projectionStatus, {}, token, 10_000);
    last = outcome;
    if (outcome.kind === 'answer' && !outcome.errors) {
      const status = outcome.data.projectionStatus as ProjectionState[];
      if (status.length > 0 && status.every((p) => p.active && p.lagEvents === 0)) return status;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `projections of ${api.name} did not catch up in ${timeoutMs} ms: ${JSON.stringify(last)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
