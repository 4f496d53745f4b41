import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  castInspectionRoles,
  LONG_LIVED_TOKENS,
  logLength,
  ManualClock,
  uploadEvidence,
} from './support/inspections-fixture.js';
import type { InspectionCast, Person } from './support/inspections-fixture.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

type RoleName =
  | 'inspector on the team'
  | 'inspector off the team'
  | "officer of the finding's unit"
  | 'officer of another unit'
  | 'district office'
  | 'leader'
  | 'system admin';

const ROLES: RoleName[] = [
  'inspector on the team',
  'inspector off the team',
  "officer of the finding's unit",
  'officer of another unit',
  'district office',
  'leader',
  'system admin',
];

interface Case {
  mutation: string;
  query: string;
  allowed: RoleName[];
  /** Brings a fresh inspection or finding to the state the mutation needs, and names its variables. */
  prepare: () => Promise<Record<string, unknown>>;
}

describe('who may run each inspection and finding mutation', () => {
  let app: TestApp;
  let cast: InspectionCast;
  const clock = new ManualClock(new Date('2024-05-06T09:00:00+08:00'));

  beforeAll(async () => {
    app = await startTestApp({ clock, env: LONG_LIVED_TOKENS });
    cast = await castInspectionRoles(app);
  });
  afterAll(() => app?.close());

  const person = (role: RoleName): Person =>
    ({
      'inspector on the team': cast.inspector,
      'inspector off the team': cast.otherInspector,
      "officer of the finding's unit": cast.officerA,
      'officer of another unit': cast.officerB,
      'district office': cast.office,
      leader: cast.leader,
      'system admin': cast.admin,
    })[role];

  const must = async (query: string, variables: Record<string, unknown>, token: string): Promise<string> => {
    const result = await app.gql(query, variables, token);
    if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    const value = Object.values(result.data as Record<string, unknown>)[0];
    return typeof value === 'string' ? value : (value as { id: string }).id;
  };

  const open = (kind = 'SPECIAL') =>
    must(
      'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id kind status } }',
      {
        input: {
          kind,
          title: '行政执法“三项制度”专项督察',
          teamUserIds: [cast.inspector.id],
          targetUnitIds: [cast.units.a, cast.units.b],
          periodStart: '2024-05-06',
          periodEnd: '2024-05-31',
          ...(kind === 'CASE_FILE_REVIEW' ? { filesSampled: 10 } : {}),
        },
      },
      cast.office.token,
    );

  const logInput = (inspectionId: string) => ({
    inspectionId,
    unitId: cast.units.a,
    description: '执法全过程记录不完整',
    severity: 'HIGH',
    category: '执法全过程记录',
    rectificationDeadline: '2024-06-30',
  });

  /** A finding against unit A, brought to `stage`. */
  const finding = async (stage: 'LOGGED' | 'NOTIFIED' | 'RECTIFYING' | 'AWAITING_VERIFICATION') => {
    const inspectionId = await open();
    const findingId = await must(
      'mutation($input: LogFindingInput!) { logFinding(input: $input) { id status percent returns escalated onTime closedAt } }',
      { input: logInput(inspectionId) },
      cast.inspector.token,
    );
    if (stage === 'LOGGED') return findingId;
    await must(
      'mutation($id: ID!) { notifyFinding(findingId: $id) { id status percent returns escalated onTime closedAt } }',
      { id: findingId },
      cast.inspector.token,
    );
    if (stage === 'NOTIFIED') return findingId;
    await must(
      'mutation($input: SubmitRectificationPlanInput!) { submitRectificationPlan(input: $input) { id status percent returns escalated onTime closedAt } }',
      {
        input: {
          findingId,
          plan: '整改方案',
          measures: ['补录执法记录'],
          plannedCompletionDate: '2024-06-20',
        },
      },
      cast.officerA.token,
    );
    if (stage === 'RECTIFYING') return findingId;
    await must(
      'mutation($input: RequestFindingClosureInput!) { requestFindingClosure(input: $input) { id status percent returns escalated onTime closedAt } }',
      {
        input: {
          findingId,
          summary: '整改完成',
          evidence: [await uploadEvidence(app, '整改报告.pdf', cast.officerA.token)],
        },
      },
      cast.officerA.token,
    );
    return findingId;
  };

  const cases: Case[] = [
    {
      mutation: 'openInspection',
      query: 'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id kind status } }',
      allowed: ['inspector on the team', 'inspector off the team', 'district office'],
      prepare: async () => ({
        input: {
          kind: 'RULE_OF_LAW',
          title: '法治督察',
          teamUserIds: [cast.inspector.id],
          targetUnitIds: [cast.units.a],
          periodStart: '2024-05-06',
          periodEnd: '2024-05-31',
        },
      }),
    },
    {
      mutation: 'recordCaseFileReview',
      query:
        'mutation($input: RecordCaseFileReviewInput!) { recordCaseFileReview(input: $input) { id caseFileReviews { unitId filesSampled } } }',
      allowed: ['inspector on the team'],
      prepare: async () => ({
        input: {
          inspectionId: await open('CASE_FILE_REVIEW'),
          unitId: cast.units.a,
          filesSampled: 4,
          filesWithIssues: 1,
          outcome: '1件案卷文书不规范',
        },
      }),
    },
    {
      mutation: 'closeInspection',
      query: 'mutation($input: CloseInspectionInput!) { closeInspection(input: $input) { id status } }',
      allowed: ['inspector on the team'],
      prepare: async () => ({ input: { inspectionId: await open() } }),
    },
    {
      mutation: 'issueInspectionNotice',
      query:
        'mutation($input: IssueInspectionNoticeInput!) { issueInspectionNotice(input: $input) { noticeId title markdownPath inspection { id noticeCount } } }',
      allowed: ['inspector on the team', 'district office'],
      prepare: async () => {
        const findingId = await finding('LOGGED');
        const [logged] = await app.store.readStream(`finding-${findingId}`);
        return { input: { inspectionId: (logged!.data as { inspectionId: string }).inspectionId } };
      },
    },
    {
      mutation: 'logFinding',
      query:
        'mutation($input: LogFindingInput!) { logFinding(input: $input) { id status percent returns escalated onTime closedAt } }',
      allowed: ['inspector on the team'],
      prepare: async () => ({ input: logInput(await open()) }),
    },
    {
      mutation: 'notifyFinding',
      query:
        'mutation($id: ID!) { notifyFinding(findingId: $id) { id status percent returns escalated onTime closedAt } }',
      allowed: ['inspector on the team'],
      prepare: async () => ({ id: await finding('LOGGED') }),
    },
    {
      mutation: 'submitRectificationPlan',
      query:
        'mutation($input: SubmitRectificationPlanInput!) { submitRectificationPlan(input: $input) { id status percent returns escalated onTime closedAt } }',
      allowed: ["officer of the finding's unit"],
      prepare: async () => ({
        input: {
          findingId: await finding('NOTIFIED'),
          plan: '整改方案',
          measures: ['完善制度'],
          plannedCompletionDate: '2024-06-20',
        },
      }),
    },
    {
      mutation: 'reportRectificationProgress',
      query:
        'mutation($input: ReportRectificationProgressInput!) { reportRectificationProgress(input: $input) { id status percent returns escalated onTime closedAt } }',
      allowed: ["officer of the finding's unit"],
      prepare: async () => ({
        input: { findingId: await finding('RECTIFYING'), narrative: '进展', percent: 50 },
      }),
    },
    {
      mutation: 'requestFindingClosure',
      query:
        'mutation($input: RequestFindingClosureInput!) { requestFindingClosure(input: $input) { id status percent returns escalated onTime closedAt } }',
      allowed: ["officer of the finding's unit"],
      prepare: async () => ({
        input: {
          findingId: await finding('RECTIFYING'),
          summary: '完成',
          evidence: [await uploadEvidence(app, 'a.pdf', cast.officerA.token)],
        },
      }),
    },
    {
      mutation: 'verifyRectification',
      query:
        'mutation($input: VerifyRectificationInput!) { verifyRectification(input: $input) { id status percent returns escalated onTime closedAt } }',
      allowed: ['inspector on the team'],
      prepare: async () => ({ input: { findingId: await finding('AWAITING_VERIFICATION') } }),
    },
    {
      mutation: 'returnRectification',
      query:
        'mutation($input: ReturnRectificationInput!) { returnRectification(input: $input) { id status percent returns escalated onTime closedAt } }',
      allowed: ['inspector on the team'],
      prepare: async () => ({
        input: { findingId: await finding('AWAITING_VERIFICATION'), reason: '材料不全' },
      }),
    },
    {
      mutation: 'escalateFinding',
      query:
        'mutation($input: EscalateFindingInput!) { escalateFinding(input: $input) { id status percent returns escalated onTime closedAt } }',
      allowed: ['district office'],
      prepare: async () => ({ input: { findingId: await finding('RECTIFYING'), reason: '整改滞后' } }),
    },
  ];

  const matrix = cases.flatMap((c) =>
    ROLES.map((role) => ({ ...c, role, verdict: c.allowed.includes(role) ? 'allows' : 'refuses' })),
  );

  it.each(matrix)('$mutation $verdict the $role', async ({ query, role, allowed, prepare }) => {
    const variables = await prepare();
    const before = await logLength(app);
    const result = await app.gql(query, variables, person(role).token);
    if (allowed.includes(role)) {
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(await logLength(app)).toBeGreaterThan(before);
    } else {
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FORBIDDEN' });
      expect(await logLength(app)).toBe(before);
    }
  });

  it.each(cases)(
    '$mutation refuses a caller without a login, appending nothing',
    async ({ query, prepare }) => {
      const variables = await prepare();
      const before = await logLength(app);
      const result = await app.gql(query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await logLength(app)).toBe(before);
    },
  );
});
