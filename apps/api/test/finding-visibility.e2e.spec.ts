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
