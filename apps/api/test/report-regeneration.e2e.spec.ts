import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualReportStream } from '@duban/domain';
import { appendChangjiang2024 } from './reports/changjiang-2024.history.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';
const GENERATE = `mutation($year: Int!) { generateAnnualReport(year: $year) { version latestVersion } }`;
const VERSIONS = 'query($year: Int!) { annualReportVersions(year: $year) { version type } }';
const REPORT_PROGRESS = `mutation($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { id } }`;

const url = process.env.TEST_DATABASE_URL;
if (!url && process.env.CI) throw new Error('CI must set TEST_DATABASE_URL for the PostgreSQL suites');
/** The recorded draft comes back from the store's jsonb, embedded or PostgreSQL. */
const regeneration = (store: 'pglite' | 'postgres') => () => {
  let app: TestApp;
  let office = '';
  /** The officer of 丽阳镇, lead of the publicity task the history leaves open. */
  let liyang = '';
  const streamTypes = async () =>
    (await app.store.readStream(annualReportStream(2024))).map((event) => event.type);

  beforeAll(async () => {
    app = await startTestApp({ store });
    await appendChangjiang2024(app.store);
    const admin = await app.adminToken();
    const input = {
      username: 'regen-office',
      displayName: '区依法治区办',
      role: 'DISTRICT_OFFICE',
      unitId: null,
      password: 'office-password-123',
    };
    const registered = await app.gql(REGISTER, { input }, admin);
    expect(registered.errors).toBeUndefined();
    office = (await app.login(input.username, input.password)).accessToken;
    const officer = {
      username: 'regen-liyang',
      displayName: '丽阳镇',
      role: 'UNIT_OFFICER',
      unitId: 'liyang',
      password: 'liyang-password-123',
    };
    expect((await app.gql(REGISTER, { input: officer }, admin)).errors).toBeUndefined();
    liyang = (await app.login(officer.username, officer.password)).accessToken;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('records nothing when the log has not changed since the last draft', async () => {
    const first = await app.gql(GENERATE, { year: 2024 }, office);
    expect(first.errors).toBeUndefined();
    expect(first.data.generateAnnualReport.version).toBe(1);

    const second = await app.gql(GENERATE, { year: 2024 }, office);
    expect(second.errors).toBeUndefined();
    expect(second.data.generateAnnualReport).toEqual({ version: 1, latestVersion: 1 });
    expect(await streamTypes()).toEqual(['AnnualReportDraftGenerated']);
    const versions = await app.gql(VERSIONS, { year: 2024 }, office);
    expect(versions.data.annualReportVersions).toHaveLength(1);
  });

  it('records a new version once the log has changed', async () => {
    const progress = await app.gql(
      REPORT_PROGRESS,
      {
        input: {
          taskId: 'publicity',
          percent: 90,
          narrative: '又开展普法宣传活动10场。',
          figures: [{ indicatorId: 'events', value: 130 }],
        },
      },
      liyang,
    );
    expect(progress.errors).toBeUndefined();

    const regenerated = await app.gql(GENERATE, { year: 2024 }, office);
    expect(regenerated.errors).toBeUndefined();
    expect(regenerated.data.generateAnnualReport).toEqual({ version: 2, latestVersion: 2 });
    expect(await streamTypes()).toEqual(['AnnualReportDraftGenerated', 'AnnualReportDraftGenerated']);

    const again = await app.gql(GENERATE, { year: 2024 }, office);
    expect(again.data.generateAnnualReport).toEqual({ version: 2, latestVersion: 2 });
  });
};

describe('regenerating the annual report (embedded store)', regeneration('pglite'));
describe.skipIf(!url)(
  'regenerating the annual report on PostgreSQL (needs TEST_DATABASE_URL)',
  regeneration('postgres'),
);
