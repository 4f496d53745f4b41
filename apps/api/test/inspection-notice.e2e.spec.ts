import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  castInspectionRoles,
  LONG_LIVED_TOKENS,
  ManualClock,
  registerPerson,
  uploadEvidence,
} from './support/inspections-fixture.js';
import type { InspectionCast, Person } from './support/inspections-fixture.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const OPEN = 'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id kind status } }';
const LOG =
  'mutation($input: LogFindingInput!) { logFinding(input: $input) { id status percent returns escalated onTime closedAt } }';
const NOTIFY =
  'mutation($id: ID!) { notifyFinding(findingId: $id) { id status percent returns escalated onTime closedAt } }';
const PLAN =
  'mutation($input: SubmitRectificationPlanInput!) { submitRectificationPlan(input: $input) { id status percent returns escalated onTime closedAt } }';
const CLOSURE =
  'mutation($input: RequestFindingClosureInput!) { requestFindingClosure(input: $input) { id status percent returns escalated onTime closedAt } }';
const VERIFY =
  'mutation($input: VerifyRectificationInput!) { verifyRectification(input: $input) { id status percent returns escalated onTime closedAt } }';
const ESCALATE =
  'mutation($input: EscalateFindingInput!) { escalateFinding(input: $input) { id status percent returns escalated onTime closedAt } }';
const ISSUE =
  'mutation($input: IssueInspectionNoticeInput!) { issueInspectionNotice(input: $input) { noticeId title markdownPath inspection { id noticeCount } } }';

describe('issuing a notice and exporting it as Markdown', () => {
  let app: TestApp;
  let cast: InspectionCast;
  let officerC: Person;
  let inspectionId: string;
  let noticeId: string;
  let issuedAnswer: { title: string; markdownPath: string; inspection: { id: string; noticeCount: number } };
  const clock = new ManualClock(new Date('2024-05-06T09:00:00+08:00'));

  const ok = async (query: string, variables: Record<string, unknown>, token: string): Promise<string> => {
    const result = await app.gql(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const value = Object.values(result.data as Record<string, unknown>)[0];
    return typeof value === 'string' ? value : (value as { id: string }).id;
  };
  const log = (unitId: string, description: string, severity: string) =>
    ok(
      LOG,
      {
        input: {
          inspectionId,
          unitId,
          description,
          severity,
          category: '执法公示',
          rectificationDeadline: '2024-06-30',
        },
      },
      cast.inspector.token,
    );
  const exportNotice = (token?: string, id = noticeId) =>
    fetch(`${app.url}/inspections/${inspectionId}/notices/${id}.md`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    app = await startTestApp({ clock, env: LONG_LIVED_TOKENS });
    cast = await castInspectionRoles(app);
    officerC = await registerPerson(app, 'officer-c', 'UNIT_OFFICER', cast.units.c);
    inspectionId = await ok(
      OPEN,
      {
        input: {
          kind: 'SPECIAL',
          title: '行政执法“三项制度”专项督察',
          teamUserIds: [cast.inspector.id],
          targetUnitIds: [cast.units.a, cast.units.b, cast.units.c],
          periodStart: '2024-05-06',
          periodEnd: '2024-05-31',
        },
      },
      cast.office.token,
    );
    const minor = await log(cast.units.a, '公示栏信息未更新', 'LOW');
    const serious = await log(cast.units.a, '重大执法决定未经法制审核', 'HIGH');
    const other = await log(cast.units.b, '执法记录仪使用不规范', 'MEDIUM');
    for (const id of [minor, other]) await ok(NOTIFY, { id }, cast.inspector.token);
    await ok(
      PLAN,
      {
        input: {
          findingId: minor,
          plan: '更新公示',
          measures: ['每周更新'],
          plannedCompletionDate: '2024-05-20',
        },
      },
      cast.officerA.token,
    );
    await ok(
      CLOSURE,
      {
        input: {
          findingId: minor,
          summary: '已更新',
          evidence: [await uploadEvidence(app, '公示照片.pdf', cast.officerA.token)],
        },
      },
      cast.officerA.token,
    );
    await ok(VERIFY, { input: { findingId: minor } }, cast.inspector.token);
    await ok(ESCALATE, { input: { findingId: other, reason: '问题反复出现' } }, cast.office.token);
    clock.set('2024-06-03T10:00:00+08:00');
    const issued = await app.gql(ISSUE, { input: { inspectionId } }, cast.inspector.token);
    if (issued.errors) throw new Error(JSON.stringify(issued.errors));
    noticeId = issued.data.issueInspectionNotice.noticeId;
    issuedAnswer = issued.data.issueInspectionNotice;
    // The notice is a snapshot: later changes do not alter what was issued.
    await ok(NOTIFY, { id: serious }, cast.inspector.token);
  });
  afterAll(() => app?.close());

  it('groups the findings by unit in target order, most severe first, with their statuses at issue time', async () => {
    const response = await exportNotice(cast.office.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    expect(response.headers.get('content-disposition')).toContain(
      encodeURIComponent('关于行政执法“三项制度”专项督察发现问题的通报.md'),
    );
    const text = await response.text();
    expect(text).toContain('# 关于行政执法“三项制度”专项督察发现问题的通报');
    expect(text).toContain('督察类型:专项督察');
    expect(text).toContain('通报日期:2024年6月3日');
    expect(text).toContain('本次专项督察共发现问题3个,涉及2家单位;其中已销号1个,挂牌督办1个。');
    const unitA = text.indexOf('## 一、区应急管理局(2个问题)');
    const unitB = text.indexOf('## 二、区卫健委(1个问题)');
    expect(unitA).toBeGreaterThan(0);
    expect(unitB).toBeGreaterThan(unitA);
    expect(text).not.toContain('区农业农村水利局');
    const serious = text.indexOf(
      '| 1 | 重大执法决定未经法制审核 | 执法公示 | 严重 | 2024年6月30日 | 已登记 |',
    );
    const minor = text.indexOf('| 2 | 公示栏信息未更新 | 执法公示 | 一般 | 2024年6月30日 | 已销号 |');
    expect(serious).toBeGreaterThan(unitA);
    expect(minor).toBeGreaterThan(serious);
    expect(text).toContain(
      '| 1 | 执法记录仪使用不规范 | 执法公示 | 较重 | 2024年6月30日 | 已通报(挂牌督办) |',
    );
  });

  it('answers with the notice, its export path and the inspection as the read model shows it', async () => {
    expect(issuedAnswer).toMatchObject({
      title: '关于行政执法“三项制度”专项督察发现问题的通报',
      markdownPath: `/inspections/${inspectionId}/notices/${noticeId}.md`,
      inspection: { id: inspectionId, noticeCount: 1 },
    });
    const response = await fetch(`${app.url}${issuedAnswer.markdownPath}`, {
      headers: { authorization: `Bearer ${cast.office.token}` },
    });
    expect(response.status).toBe(200);
  });

  it('records the notice once, as a snapshot in the inspection stream', async () => {
    const issued = (await app.store.readStream(`inspection-${inspectionId}`)).filter(
      (event) => event.type === 'InspectionNoticeIssued',
    );
    expect(issued).toHaveLength(1);
    expect(issued[0]?.data).toMatchObject({
      noticeId,
      issuedBy: cast.inspector.id,
      content: { units: [{ unitId: cast.units.a }, { unitId: cast.units.b }] },
    });
  });

  it.each([
    ['the district office', () => cast.office],
    ['an inspector off the team', () => cast.otherInspector],
    ['a leader', () => cast.leader],
    ['the system administrator', () => cast.admin],
    ['the officer of a unit in the notice', () => cast.officerB],
  ])('lets %s export it', async (_who, person) => {
    expect((await exportNotice(person().token)).status).toBe(200);
  });

  it('refuses the officer of a unit the notice does not name', async () => {
    const response = await exportNotice(officerC.token);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('asks for a login without a token, and answers an unknown notice with not found', async () => {
    expect((await exportNotice()).status).toBe(401);
    const unknown = await exportNotice(cast.office.token, 'no-such-notice');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ reason: 'NOTICE_NOT_FOUND' });
  });

  describe('the inspection lists its notices', () => {
    const NOTICES = `query($id: ID!) { inspection(id: $id) { noticeCount notices {
      noticeId title issuedAt issuedBy issuedByName findingCount markdownPath
      units { unitId unitName findings { findingId description severity rectificationDeadline status escalated } }
    } } }`;
    const noticesFor = async (token: string) => {
      const result = await app.gql(NOTICES, { id: inspectionId }, token);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data.inspection.notices as Array<Record<string, any>>;
    };

    it('says who issued each notice, when, to which units, about which findings and deadlines', async () => {
      const notices = await noticesFor(cast.office.token);
      expect(notices).toHaveLength(1);
      const [notice] = notices;
      expect(notice).toMatchObject({
        noticeId,
        title: '关于行政执法“三项制度”专项督察发现问题的通报',
        issuedAt: '2024-06-03T02:00:00.000Z',
        issuedBy: cast.inspector.id,
        issuedByName: 'inspector',
        findingCount: 3,
        markdownPath: `/inspections/${inspectionId}/notices/${noticeId}.md`,
      });
      expect(notice!.units.map((unit: { unitName: string }) => unit.unitName)).toEqual([
        '区应急管理局',
        '区卫健委',
      ]);
      // A snapshot at issue time: the serious finding was notified afterwards and still reads LOGGED here.
      expect(notice!.units[0].findings).toEqual([
        expect.objectContaining({
          description: '重大执法决定未经法制审核',
          severity: 'HIGH',
          status: 'LOGGED',
        }),
        expect.objectContaining({
          description: '公示栏信息未更新',
          status: 'CLOSED',
          rectificationDeadline: '2024-06-30',
        }),
      ]);
      expect(notice!.units[1].findings).toEqual([
        expect.objectContaining({ description: '执法记录仪使用不规范', status: 'NOTIFIED', escalated: true }),
      ]);
    });

    it('shows a unit officer only the notices that name their unit, as the export does', async () => {
      expect(await noticesFor(cast.officerB.token)).toHaveLength(1);
      expect(await noticesFor(officerC.token)).toEqual([]);
      for (const person of [cast.leader, cast.otherInspector, cast.admin])
        expect(await noticesFor(person.token)).toHaveLength(1);
    });
  });
});
