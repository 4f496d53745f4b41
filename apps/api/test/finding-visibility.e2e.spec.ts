import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castInspectionRoles, LONG_LIVED_TOKENS, ManualClock } from './support/inspections-fixture.js';
import type { InspectionCast } from './support/inspections-fixture.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const OPEN = 'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id } }';
const LOG = 'mutation($input: LogFindingInput!) { logFinding(input: $input) { id status } }';
const NOTIFY = 'mutation($id: ID!) { notifyFinding(findingId: $id) { id status } }';
const LEDGER =
  'query($filter: FindingFilterInput) { rectificationLedger(filter: $filter) { total items { id } } }';
const FINDING = 'query($id: ID!) { finding(id: $id) { id status } }';
const SUMMARY =
  'query($id: ID!) { inspection(id: $id) { summary { findings byStatus { status count } byUnit { unitId total open } } } }';
const PLAN =
  'mutation($input: SubmitRectificationPlanInput!) { submitRectificationPlan(input: $input) { id status } }';

describe('who sees a finding before it is notified', () => {
  let app: TestApp;
  let cast: InspectionCast;
  let findingId: string;
  let inspectionId: string;

  beforeAll(async () => {
    app = await startTestApp({
      clock: new ManualClock(new Date('2024-05-06T09:00:00+08:00')),
      env: LONG_LIVED_TOKENS,
    });
    cast = await castInspectionRoles(app);
    const opened = await app.gql<{ openInspection: { id: string } }>(
      OPEN,
      {
        input: {
          kind: 'SPECIAL',
          title: '执法案卷专项督察',
          teamUserIds: [cast.inspector.id],
          targetUnitIds: [cast.units.a],
          periodStart: '2024-05-06',
          periodEnd: '2024-05-31',
        },
      },
      cast.office.token,
    );
    inspectionId = opened.data!.openInspection.id;
    const logged = await app.gql<{ logFinding: { id: string } }>(
      LOG,
      {
        input: {
          inspectionId,
          unitId: cast.units.a,
          description: '案卷归档不规范',
          severity: 'LOW',
          category: '案卷管理',
          rectificationDeadline: '2024-06-30',
          evidence: [],
        },
      },
      cast.inspector.token,
    );
    expect(logged.errors, JSON.stringify(logged.errors)).toBeUndefined();
    findingId = logged.data!.logFinding.id;
  });
  afterAll(() => app?.close());

  const ledgerIds = async (token: string) => {
    const result = await app.gql<{ rectificationLedger: { items: { id: string }[] } }>(
      LEDGER,
      { filter: { inspectionId } },
      token,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!.rectificationLedger.items.map((item) => item.id);
  };

  it("counts a logged finding in the inspection's summary for the team and the office, never for the unit", async () => {
    const summary = async (token: string) => {
      const result = await app.gql<{ inspection: { summary: unknown } }>(
        SUMMARY,
        { id: inspectionId },
        token,
      );
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data!.inspection.summary;
    };
    expect(await summary(cast.office.token)).toEqual({
      findings: 1,
      byStatus: [{ status: 'LOGGED', count: 1 }],
      byUnit: [{ unitId: cast.units.a, total: 1, open: 1 }],
    });
    expect(await summary(cast.officerA.token)).toEqual({ findings: 0, byStatus: [], byUnit: [] });
  });

  it('answers the unit’s plan for a logged finding as for a finding that does not exist, and records nothing', async () => {
    const input = {
      findingId,
      plan: '补正归档',
      measures: ['逐卷核对'],
      plannedCompletionDate: '2024-06-20',
    };
    const before = (await app.store.readAll({ limit: 100_000 })).length;
    const refused = await app.gql(PLAN, { input }, cast.officerA.token);
    const missing = await app.gql(
      PLAN,
      { input: { ...input, findingId: 'no-such-finding' } },
      cast.officerA.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'FINDING_NOT_FOUND' });
    expect(refused.errors?.[0]?.extensions).toEqual({
      ...missing.errors?.[0]?.extensions,
      details: { findingId },
    });
    expect((await app.store.readAll({ limit: 100_000 })).length).toBe(before);
  });

  it("keeps a logged finding out of the unit's ledger and detail until the team notifies it", async () => {
    expect(await ledgerIds(cast.inspector.token)).toEqual([findingId]);
    expect(await ledgerIds(cast.office.token)).toEqual([findingId]);
    expect(await ledgerIds(cast.officerA.token)).toEqual([]);
    const hidden = await app.gql(FINDING, { id: findingId }, cast.officerA.token);
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });

    const notified = await app.gql(NOTIFY, { id: findingId }, cast.inspector.token);
    expect(notified.errors, JSON.stringify(notified.errors)).toBeUndefined();
    expect(await ledgerIds(cast.officerA.token)).toEqual([findingId]);
    const shown = await app.gql<{ finding: { status: string } }>(
      FINDING,
      { id: findingId },
      cast.officerA.token,
    );
    expect(shown.data?.finding.status).toBe('NOTIFIED');
  });
});
