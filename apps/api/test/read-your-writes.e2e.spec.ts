import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Projector } from '../src/core/projection/projector.js';
import { appendChangjiang2024 } from './reports/changjiang-2024.history.js';
import { castInspectionRoles, logLength } from './support/inspections-fixture.js';
import type { InspectionCast } from './support/inspections-fixture.js';
import { startTestApp } from './support/start-test-app.js';
import type { GraphqlResponse, TestApp } from './support/start-test-app.js';

const M = {
  openInspection: 'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id status } }',
  closeInspection: 'mutation($input: CloseInspectionInput!) { closeInspection(input: $input) { id status } }',
  logFinding: 'mutation($input: LogFindingInput!) { logFinding(input: $input) { id status } }',
  notifyFinding: 'mutation($id: ID!) { notifyFinding(findingId: $id) { id status } }',
  registerUser:
    'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id username disabled } }',
  disableUser:
    'mutation($id: ID!, $reason: String!) { disableUser(id: $id, reason: $reason) { id disabled } }',
  generateAnnualReport: 'mutation($year: Int!) { generateAnnualReport(year: $year) { id version } }',
  editAnnualReportSection:
    'mutation($input: EditAnnualReportSectionInput!) { editAnnualReportSection(input: $input) { version sections { id text } } }',
  draftTaskList: 'mutation($input: DraftTaskListInput!) { draftTaskList(input: $input) { id } }',
};
const Q = {
  inspection: 'query($id: ID!) { inspection(id: $id) { id status } }',
  inspections: 'query { inspections(page: { first: 200 }) { items { id status } } }',
  finding: 'query($id: ID!) { finding(id: $id) { id status } }',
  ledger:
    'query($filter: FindingFilterInput) { rectificationLedger(filter: $filter, page: { first: 200 }) { items { id status } } }',
  users: 'query { users { id username disabled } }',
  report: 'query($year: Int!) { annualReport(year: $year) { version latestVersion sections { id text } } }',
};

const inspectionInput = (cast: InspectionCast, title: string) => ({
  kind: 'SPECIAL',
  title,
  teamUserIds: [cast.inspector.id],
  targetUnitIds: [cast.units.a, cast.units.b],
  periodStart: '2024-05-06',
  periodEnd: '2024-05-31',
});
const findingInput = (cast: InspectionCast, inspectionId: string, description: string) => ({
  inspectionId,
  unitId: cast.units.a,
  description,
  severity: 'MEDIUM',
  category: '执法公示',
  rectificationDeadline: '2030-06-30',
});
const accountInput = (username: string) => ({
  username,
  displayName: username,
  role: 'INSPECTOR',
  password: 'Read-Your-Writes-2024!',
});

/** The first field of a successful answer; fails the test with the errors otherwise. */
const dataOf = <T>(result: GraphqlResponse): T => {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return Object.values(result.data as Record<string, T>)[0]!;
};

describe('every mutation answers once the read model shows its change', () => {
  let app: TestApp;
  let cast: InspectionCast;

  beforeAll(async () => {
    app = await startTestApp({ env: { DUBAN_URGE_INTERVAL_MS: '0', DUBAN_DIGEST_INTERVAL_MS: '0' } });
    await appendChangjiang2024(app.store);
    cast = await castInspectionRoles(app);
  });
  afterAll(() => app?.close());

  it('shows an opened inspection and a logged finding to the very next queries, lists included', async () => {
    const opened = dataOf<{ id: string; status: string }>(
      await app.gql(
        M.openInspection,
        { input: inspectionInput(cast, '依法行政专项督察') },
        cast.office.token,
      ),
    );
    expect(opened.status).toBe('OPEN');
    expect(dataOf(await app.gql(Q.inspection, { id: opened.id }, cast.leader.token))).toEqual(opened);
    const listed = dataOf<{ items: { id: string }[] }>(await app.gql(Q.inspections, {}, cast.leader.token));
    expect(listed.items.map((item) => item.id)).toContain(opened.id);

    const logged = dataOf<{ id: string; status: string }>(
      await app.gql(
        M.logFinding,
        { input: findingInput(cast, opened.id, '行政执法公示信息更新不及时') },
        cast.inspector.token,
      ),
    );
    expect(logged.status).toBe('LOGGED');
    expect(dataOf(await app.gql(Q.finding, { id: logged.id }, cast.office.token))).toEqual(logged);
    const ledger = dataOf<{ items: { id: string; status: string }[] }>(
      await app.gql(Q.ledger, {}, cast.office.token),
    );
    expect(ledger.items).toContainEqual(logged);

    // Unit officers see a finding once it is notified: right after the notice, not a moment later.
    const officerBefore = dataOf<{ items: { id: string }[] }>(
      await app.gql(Q.ledger, {}, cast.officerA.token),
    );
    expect(officerBefore.items.map((item) => item.id)).not.toContain(logged.id);
    dataOf(await app.gql(M.notifyFinding, { id: logged.id }, cast.inspector.token));
    const officerAfter = dataOf<{ items: { id: string; status: string }[] }>(
      await app.gql(Q.ledger, {}, cast.officerA.token),
    );
    expect(officerAfter.items).toContainEqual({ id: logged.id, status: 'NOTIFIED' });
  });

  it('shows a registered and then disabled account in the account list at once', async () => {
    const admin = await app.adminToken();
    const registered = dataOf<{ id: string; username: string; disabled: boolean }>(
      await app.gql(M.registerUser, { input: accountInput('ryw.inspector') }, admin),
    );
    expect(registered).toMatchObject({ username: 'ryw.inspector', disabled: false });
    const users = dataOf<{ id: string; disabled: boolean }[]>(await app.gql(Q.users, {}, admin));
    expect(users).toContainEqual({ id: registered.id, username: 'ryw.inspector', disabled: false });

    const disabled = dataOf(await app.gql(M.disableUser, { id: registered.id, reason: '调离' }, admin));
    expect(disabled).toEqual({ id: registered.id, disabled: true });
    const after = dataOf<{ id: string; disabled: boolean }[]>(await app.gql(Q.users, {}, admin));
    expect(after.find((user) => user.id === registered.id)?.disabled).toBe(true);
  });

  it('answers a report mutation with the version it recorded, which the report query then shows', async () => {
    const generated = dataOf<{ version: number }>(
      await app.gql(M.generateAnnualReport, { year: 2024 }, cast.office.token),
    );
    expect(generated.version).toBeGreaterThanOrEqual(1);
    expect(dataOf(await app.gql(Q.report, { year: 2024 }, cast.leader.token))).toMatchObject({
      version: generated.version,
      latestVersion: generated.version,
    });
    const edited = dataOf<{ version: number; sections: { id: string; text: string }[] }>(
      await app.gql(
        M.editAnnualReportSection,
        {
          input: {
            year: 2024,
            sectionId: 'part-2',
            text: '改写后的问题部分。',
            basedOnVersion: generated.version,
          },
        },
        cast.office.token,
      ),
    );
    expect(edited.version).toBe(generated.version + 1);
    const report = dataOf<{ version: number; sections: { id: string; text: string }[] }>(
      await app.gql(Q.report, { year: 2024 }, cast.leader.token),
    );
    expect(report.version).toBe(edited.version);
    expect(report.sections.find((section) => section.id === 'part-2')?.text).toBe('改写后的问题部分。');
  });
});

describe('a mutation whose change the read model does not reach in time answers STALE, and keeps it', () => {
  const WAIT_MS = 300;
  let app: TestApp;
  let cast: InspectionCast;
  let inspectionId: string;
  let findingId: string;
  let accountId: string;

  beforeAll(async () => {
    app = await startTestApp({
      env: {
        DUBAN_READ_WAIT_MS: String(WAIT_MS),
        DUBAN_URGE_INTERVAL_MS: '0',
        DUBAN_DIGEST_INTERVAL_MS: '0',
      },
    });
    await appendChangjiang2024(app.store);
    cast = await castInspectionRoles(app);
    inspectionId = dataOf<{ id: string }>(
      await app.gql(
        M.openInspection,
        { input: inspectionInput(cast, '依法行政专项督察') },
        cast.office.token,
      ),
    ).id;
    findingId = dataOf<{ id: string }>(
      await app.gql(
        M.logFinding,
        { input: findingInput(cast, inspectionId, '执法案卷不规范') },
        cast.inspector.token,
      ),
    ).id;
    accountId = dataOf<{ id: string }>(
      await app.gql(M.registerUser, { input: accountInput('stale.inspector') }, await app.adminToken()),
    ).id;
    // From here on nothing is projected: every change stays behind the read model.
    await app.app.get(Projector).stop();
  });
  afterAll(() => app?.close());

  /** Runs the mutation and checks it answered STALE after the bounded wait with the change in the log. */
  const staleButStored = async (
    query: string,
    variables: Record<string, unknown>,
    token: string,
    appendedTypes: string[],
  ): Promise<void> => {
    const before = await logLength(app);
    const started = Date.now();
    const result = await app.gql(query, variables, token);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'STALE',
      reason: 'READ_MODEL_BEHIND',
      details: { waitedMs: WAIT_MS },
    });
    expect(result.errors![0]!.message).toMatch(/saved/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(WAIT_MS - 20);
    const appended = (await app.store.readAll()).slice(before).map((event) => event.type);
    expect(appended).toEqual(appendedTypes);
  };

  it('for inspection commands', async () => {
    await staleButStored(
      M.openInspection,
      { input: inspectionInput(cast, '规范性文件专项督察') },
      cast.office.token,
      ['InspectionOpened'],
    );
    await staleButStored(
      M.closeInspection,
      { input: { inspectionId, remarks: '现场督察结束' } },
      cast.inspector.token,
      ['InspectionClosed'],
    );
  });

  it('for finding commands', async () => {
    await staleButStored(M.notifyFinding, { id: findingId }, cast.inspector.token, ['FindingNotified']);
    // The read model still shows the finding as it was: the answer would have been old.
    expect(dataOf(await app.gql(Q.finding, { id: findingId }, cast.office.token))).toMatchObject({
      status: 'LOGGED',
    });
  });

  it('for account commands, whose change this instance applies at once', async () => {
    const admin = await app.adminToken();
    await staleButStored(M.registerUser, { input: accountInput('stale.second') }, admin, [
      'UsernameClaimed',
      'UserRegistered',
    ]);
    // Stored and known to this instance's logins, though the answer was STALE.
    await expect(app.login('stale.second', 'Read-Your-Writes-2024!')).resolves.toMatchObject({
      user: { username: 'stale.second' },
    });
    await staleButStored(M.disableUser, { id: accountId, reason: '调离' }, admin, ['UserDisabled']);
  });

  it('for report commands', async () => {
    await staleButStored(M.generateAnnualReport, { year: 2024 }, cast.office.token, [
      'AnnualReportDraftGenerated',
    ]);
    await staleButStored(
      M.editAnnualReportSection,
      { input: { year: 2024, sectionId: 'part-2', text: '另写的问题部分。', basedOnVersion: 1 } },
      cast.office.token,
      ['AnnualReportSectionEdited'],
    );
  });

  it('for task commands, with the same code and reason', async () => {
    await staleButStored(
      M.draftTaskList,
      { input: { year: 2031, title: '2031年法治政府建设任务清单', areas: ['行政执法'] } },
      cast.office.token,
      ['TaskListDrafted'],
    );
  });
});
