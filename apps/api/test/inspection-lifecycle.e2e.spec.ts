import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  castInspectionRoles,
  LONG_LIVED_TOKENS,
  logLength,
  ManualClock,
  uploadEvidence,
} from './support/inspections-fixture.js';
import type { InspectionCast } from './support/inspections-fixture.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const OPEN = 'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id kind status } }';
const LOG =
  'mutation($input: LogFindingInput!) { logFinding(input: $input) { id status percent returns escalated onTime closedAt } }';
const NOTIFY =
  'mutation($id: ID!) { notifyFinding(findingId: $id) { id status percent returns escalated onTime closedAt } }';
const PLAN =
  'mutation($input: SubmitRectificationPlanInput!) { submitRectificationPlan(input: $input) { id status percent returns escalated onTime closedAt } }';
const PROGRESS =
  'mutation($input: ReportRectificationProgressInput!) { reportRectificationProgress(input: $input) { id status percent returns escalated onTime closedAt } }';
const CLOSURE =
  'mutation($input: RequestFindingClosureInput!) { requestFindingClosure(input: $input) { id status percent returns escalated onTime closedAt } }';
const VERIFY =
  'mutation($input: VerifyRectificationInput!) { verifyRectification(input: $input) { id status percent returns escalated onTime closedAt } }';
const RETURN =
  'mutation($input: ReturnRectificationInput!) { returnRectification(input: $input) { id status percent returns escalated onTime closedAt } }';
const ESCALATE =
  'mutation($input: EscalateFindingInput!) { escalateFinding(input: $input) { id status percent returns escalated onTime closedAt } }';

/** A finding as the mutations return it. */
interface Returned {
  id: string;
  status: string;
  percent: number;
  returns: number;
  escalated: boolean;
  onTime: boolean | null;
  closedAt: string | null;
}

describe('the life of a finding through the API', () => {
  let app: TestApp;
  let cast: InspectionCast;
  const clock = new ManualClock(new Date('2024-05-06T09:00:00+08:00'));

  beforeAll(async () => {
    app = await startTestApp({ clock, env: LONG_LIVED_TOKENS });
    cast = await castInspectionRoles(app);
  });
  afterAll(() => app?.close());

  const ok = async (query: string, variables: Record<string, unknown>, token: string): Promise<Returned> => {
    const result = await app.gql(query, variables, token);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return Object.values(result.data as Record<string, Returned>)[0]!;
  };

  const findingEvents = async (findingId: string) =>
    (await app.store.readStream(`finding-${findingId}`)).map((event) => event.type);

  it('returns the finding as the read model shows it at every step from logged through a return and an escalation to closed', async () => {
    const opened = await app.gql<{ openInspection: { id: string; kind: string; status: string } }>(
      OPEN,
      {
        input: {
          kind: 'SPECIAL',
          title: '行政执法“三项制度”专项督察',
          teamUserIds: [cast.inspector.id],
          targetUnitIds: [cast.units.a, cast.units.b],
          periodStart: '2024-05-06',
          periodEnd: '2024-05-31',
        },
      },
      cast.office.token,
    );
    expect(opened.data?.openInspection).toMatchObject({ kind: 'SPECIAL', status: 'OPEN' });
    const inspectionId = opened.data!.openInspection.id;
    const logged = await ok(
      LOG,
      {
        input: {
          inspectionId,
          unitId: cast.units.a,
          description: '行政执法公示信息更新不及时',
          severity: 'MEDIUM',
          category: '执法公示',
          rectificationDeadline: '2024-06-30',
          evidence: [await uploadEvidence(app, '现场检查记录.pdf', cast.inspector.token)],
        },
      },
      cast.inspector.token,
    );
    expect(logged).toMatchObject({ status: 'LOGGED', escalated: false, returns: 0 });
    const findingId = logged.id;
    expect(await ok(NOTIFY, { id: findingId }, cast.inspector.token)).toMatchObject({ status: 'NOTIFIED' });
    const planned = await ok(
      PLAN,
      {
        input: {
          findingId,
          plan: '建立公示信息周更新机制',
          measures: ['指定专人负责', '每周核对'],
          plannedCompletionDate: '2024-06-15',
        },
      },
      cast.officerA.token,
    );
    expect(planned).toMatchObject({ id: findingId, status: 'RECTIFYING', percent: 0 });
    expect(
      await ok(PROGRESS, { input: { findingId, narrative: '已指定专人', percent: 40 } }, cast.officerA.token),
    ).toMatchObject({ status: 'RECTIFYING', percent: 40 });
    const noEvidence = await app.gql(
      CLOSURE,
      { input: { findingId, summary: '已完成', evidence: [] } },
      cast.officerA.token,
    );
    expect(noEvidence.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'EVIDENCE_REQUIRED',
    });
    expect(
      await ok(
        CLOSURE,
        {
          input: {
            findingId,
            summary: '已完成整改',
            evidence: [await uploadEvidence(app, '整改报告.pdf', cast.officerA.token)],
          },
        },
        cast.officerA.token,
      ),
    ).toMatchObject({ status: 'AWAITING_VERIFICATION' });
    expect(
      await ok(RETURN, { input: { findingId, reason: '佐证材料不全' } }, cast.inspector.token),
    ).toMatchObject({
      status: 'RECTIFYING',
      returns: 1,
    });
    clock.set('2024-06-10T10:00:00+08:00');
    expect(
      await ok(ESCALATE, { input: { findingId, reason: '整改进度滞后' } }, cast.office.token),
    ).toMatchObject({ status: 'RECTIFYING', escalated: true });
    await ok(PROGRESS, { input: { findingId, narrative: '补充材料', percent: 90 } }, cast.officerA.token);
    await ok(
      CLOSURE,
      {
        input: {
          findingId,
          summary: '补充佐证后申请销号',
          evidence: [await uploadEvidence(app, '补充材料.pdf', cast.officerA.token)],
        },
      },
      cast.officerA.token,
    );
    const closed = await ok(VERIFY, { input: { findingId, remarks: '验收通过' } }, cast.inspector.token);
    expect(closed).toMatchObject({
      id: findingId,
      status: 'CLOSED',
      onTime: true,
      escalated: true,
      returns: 1,
    });
    expect(closed.closedAt).toBe(new Date('2024-06-10T10:00:00+08:00').toISOString());

    expect(await findingEvents(findingId)).toEqual([
      'FindingLogged',
      'FindingNotified',
      'RectificationPlanSubmitted',
      'RectificationProgressReported',
      'FindingClosureRequested',
      'RectificationReturned',
      'FindingEscalated',
      'RectificationProgressReported',
      'FindingClosureRequested',
      'RectificationVerified',
    ]);
    const [verified] = (await app.store.readStream(`finding-${findingId}`)).slice(-1);
    expect(verified?.data).toMatchObject({ onTime: true, verifiedBy: cast.inspector.id });
    expect(verified?.metadata.actor).toMatchObject({ userId: cast.inspector.id, role: 'INSPECTOR' });

    const before = await logLength(app);
    const again = await app.gql(VERIFY, { input: { findingId } }, cast.inspector.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', reason: 'FINDING_CLOSED' });
    expect(await logLength(app)).toBe(before);
  });
});
