import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@duban/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ControllableClock } from './support/controllable-clock.js';
import { startTestApp, TEST_ADMIN } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';
import { TasksFixture, UNITS } from './support/tasks-fixture.js';

const PASSWORD = 'Cache-Pass-2030!';
const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';
const PROGRESS = /* GraphQL */ `
  query Progress($id: ID!, $asOf: DateTime) {
    progress: departmentProgress(taskListId: $id, asOf: $asOf) {
      ...Figures
    }
  }
  fragment Figures on DepartmentProgress {
    taskListId
    at
    asOf
    units {
      unitId
      acknowledged
      tasksLed
    }
  }
`;

interface Answer {
  status: number;
  cache: string | null;
  body: { data?: any; errors?: { extensions?: { code?: string; reason?: string } }[] };
}

describe('read response cache', () => {
  let app: TestApp;
  let listId: string;
  let taskId: string;
  let office: string;
  let officeId: string;
  let officer: string;
  const clock = new ControllableClock(new Date('2030-06-01T02:00:00.000Z'));
  const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms).toISOString());

  const post = async (query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> => {
    const response = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      cache: response.headers.get('x-read-cache'),
      body: (await response.json()) as Answer['body'],
    };
  };
  const progress = (token: string, asOf: string | null = null) => post(PROGRESS, { id: listId, asOf }, token);
  const acknowledgedBy = (answer: Answer, unitId: string) =>
    answer.body.data.progress.units.find((u: { unitId: string }) => u.unitId === unitId)
      .acknowledged as number;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const fixture = new TasksFixture(app.app.get(CommandBus), app.store as EventStore);
    await fixture.registerUnits();
    ({ listId, taskId } = await fixture.taskAt('ASSIGNED'));
    const admin = (await app.login(TEST_ADMIN.username, TEST_ADMIN.password)).accessToken;
    const register = async (username: string, role: string, unitId?: string) => {
      const result = await app.gql(
        REGISTER,
        {
          input: { username, displayName: username, role, password: PASSWORD, ...(unitId ? { unitId } : {}) },
        },
        admin,
      );
      expect(result.errors).toBeUndefined();
      return result.data.registerUser.id as string;
    };
    officeId = await register('cache.office', 'DISTRICT_OFFICE');
    await register('cache.sfj', 'UNIT_OFFICER', UNITS.lead);
    office = (await app.login('cache.office', PASSWORD)).accessToken;
    officer = (await app.login('cache.sfj', PASSWORD)).accessToken;
    // Wait until the read model shows the issued list.
    for (let i = 0; ; i++) {
      const first = await progress(office);
      if (first.body.data?.progress?.units?.some((u: { tasksLed: number }) => u.tasksLed === 1)) break;
      if (i > 200) throw new Error(`the list never showed: ${JSON.stringify(first.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });
  afterAll(() => app?.close());

  it('answers a repeated read from the cache, identical but for the time it is asked', async () => {
    const first = await progress(office);
    later(60_000);
    const second = await progress(office);
    expect(second.cache).toBe('hit');
    expect(second.status).toBe(200);
    expect(second.body.data.progress.at).toBe(clock.now().toISOString());
    expect({ ...second.body.data.progress, at: null }).toEqual({ ...first.body.data.progress, at: null });
  });

  it('answers afresh once the read model changes, so a write is seen by the next read', async () => {
    const before = await progress(office);
    expect(acknowledgedBy(before, UNITS.lead)).toBe(0);
    const ack = await app.gql(
      'mutation($id: ID!) { acknowledgeTask(taskId: $id) { id } }',
      { id: taskId },
      officer,
    );
    expect(ack.errors).toBeUndefined();
    const after = await progress(office);
    expect(after.cache).toBe('miss');
    expect(acknowledgedBy(after, UNITS.lead)).toBe(1);
    expect((await progress(office)).cache).toBe('hit');
  });

  it('answers many clients asking at once after a change with one run of the operation', async () => {
    const report = await app.gql(
      'mutation($id: ID!) { reportTaskProgress(input: { taskId: $id, percent: 10, narrative: "开始" }) { id } }',
      { id: taskId },
      officer,
    );
    expect(report.errors).toBeUndefined();
    const answers = await Promise.all(Array.from({ length: 20 }, () => progress(office)));
    expect(answers.filter((a) => a.cache === 'miss')).toHaveLength(1);
    expect(answers.filter((a) => a.cache === 'hit')).toHaveLength(19);
    const figures = answers.map((a) => JSON.stringify({ ...a.body.data.progress, at: null }));
    expect(new Set(figures).size).toBe(1);
  });

  it('keeps answers apart per actor', async () => {
    expect((await progress(office)).cache).toBe('hit');
    // Every signed-in role may read district progress; still, the officer's answer is its own.
    const first = await progress(officer);
    expect(first.cache).toBe('miss');
    expect(first.body.errors).toBeUndefined();
    expect((await progress(officer)).cache).toBe('hit');
  });

  it('checks the token and the account on every request, even when an answer is stored', async () => {
    const anonymous = await post(PROGRESS, { id: listId }, undefined);
    expect(anonymous.cache).toBeNull();
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await progress(`${office.slice(0, -4)}AAAA`);
    expect(forged.cache).toBeNull();
    expect(forged.body.errors?.[0]?.extensions?.reason).toBe('TOKEN_INVALID');
  });

  it('keeps as-of answers with their own time and answers afresh on a new district day', async () => {
    const asOf = clock.now().toISOString();
    const first = await progress(office, asOf);
    expect(first.body.errors, JSON.stringify(first.body.errors)).toBeUndefined();
    const again = await progress(office, asOf);
    expect(again.cache).toBe('hit');
    expect(again.body.data.progress.at).toBe(asOf);
    expect(again.body.data.progress.asOf).toBe(true);

    expect((await progress(office)).cache).toBe('hit');
    // 02:00Z is 10:00 in the district; 14 hours on it is the next day there.
    later(14 * 3600_000);
    office = (await app.login('cache.office', PASSWORD)).accessToken;
    expect((await progress(office)).cache).toBe('miss');
    expect(first.body.data.progress.at).toBe(asOf);
  });

  it('does not keep errors', async () => {
    const missing = { id: 'no-such-list' };
    const first = await post(PROGRESS, missing, office);
    expect(first.body.errors?.[0]?.extensions?.reason).toBe('TASK_LIST_NOT_FOUND');
    expect((await post(PROGRESS, missing, office)).cache).toBe('miss');
  });

  it('leaves other operations to the server', async () => {
    const me = await post('{ me { username } }', {}, office);
    expect(me.cache).toBeNull();
    const mixed = await post(
      'query($id: ID!) { departmentProgress(taskListId: $id) { taskListId } me { username } }',
      { id: listId },
      office,
    );
    expect(mixed.cache).toBeNull();
    expect(mixed.body.data.me.username).toBe('cache.office');
    const conditional = await post(
      'query($id: ID!, $t: Boolean!) { departmentProgress(taskListId: $id) { at @include(if: $t) } }',
      { id: listId, t: true },
      office,
    );
    expect(conditional.cache).toBeNull();
    expect(conditional.body.data.departmentProgress.at).toBe(clock.now().toISOString());
  });

  it('refuses a stored answer to an account disabled since', async () => {
    expect((await progress(office)).cache).toMatch(/hit|miss/);
    expect((await progress(office)).cache).toBe('hit');
    const admin = (await app.login(TEST_ADMIN.username, TEST_ADMIN.password)).accessToken;
    const disabled = await app.gql(
      'mutation($id: ID!) { disableUser(id: $id, reason: "离职") { id } }',
      { id: officeId },
      admin,
    );
    expect(disabled.errors).toBeUndefined();
    const after = await progress(office);
    expect(after.cache).toBeNull();
    expect(after.body.data ?? null).toBeNull();
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('counts hits and misses in /metrics', async () => {
    const text = await (await fetch(`${app.url}/metrics`)).text();
    expect(Number(/duban_read_cache_hits_total (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(5);
    expect(Number(/duban_read_cache_misses_total (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(5);
  });
});
