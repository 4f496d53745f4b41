import { createHash } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  castInspectionRoles,
  LONG_LIVED_TOKENS,
  logLength,
  ManualClock,
  registerPerson,
} from './support/inspections-fixture.js';
import type { InspectionCast, Person } from './support/inspections-fixture.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';
import { TasksFixture, UNITS } from './support/tasks-fixture.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const NEVER_UPLOADED = {
  sha256: 'e'.repeat(64),
  name: '不存在.pdf',
  size: 10,
  contentType: 'application/pdf',
};

const TASK_EVIDENCE = `query($id: ID!) { task(id: $id) { id timeline { id type note
  evidence { sha256 name size contentType downloadPath } } } }`;
const FINDING_EVIDENCE = `query($id: ID!) { finding(id: $id) { id status evidenceCount timeline { id type
  evidence { sha256 name size contentType downloadPath } } } }`;
const REPORT_TASK = 'mutation($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { id } }';
const COMPLETE_TASK =
  'mutation($input: RequestTaskCompletionInput!) { requestTaskCompletion(input: $input) { id } }';
const OPEN = 'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id } }';
const LOG = 'mutation($input: LogFindingInput!) { logFinding(input: $input) { id } }';
const NOTIFY = 'mutation($id: ID!) { notifyFinding(findingId: $id) { id } }';
const PLAN =
  'mutation($input: SubmitRectificationPlanInput!) { submitRectificationPlan(input: $input) { id } }';
const PROGRESS =
  'mutation($input: ReportRectificationProgressInput!) { reportRectificationProgress(input: $input) { id } }';
const CLOSURE =
  'mutation($input: RequestFindingClosureInput!) { requestFindingClosure(input: $input) { id } }';

interface EvidenceEntry {
  id: string;
  type: string;
  evidence: { sha256: string; name: string; size: number; contentType: string; downloadPath: string }[];
}

describe('evidence on the task and finding detail: listed on the entries, downloadable by who may see them', () => {
  let app: TestApp;
  let cast: InspectionCast;
  let leadOfficer: Person;
  let taskId: string;
  let inspectionId: string;

  const upload = async (bytes: Buffer, name: string, token: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const response = await fetch(`${app.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { sha256: string; name: string; size: number; contentType: string };
  };
  const download = (path: string, token?: string) =>
    fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const ok = async <T = any>(query: string, variables: Record<string, unknown>, token: string) => {
    const result = await app.gql<T>(query, variables, token);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };
  const logFinding = async (evidence: unknown[] = []) =>
    (
      await ok<{ logFinding: { id: string } }>(
        LOG,
        {
          input: {
            inspectionId,
            unitId: cast.units.a,
            description: '行政处罚决定书未载明救济途径',
            severity: 'MEDIUM',
            category: '执法文书',
            rectificationDeadline: '2030-06-30',
            evidence,
          },
        },
        cast.inspector.token,
      )
    ).logFinding.id;

  /** Refused with EVIDENCE_NOT_FOUND on the first file, the log unchanged; returns the error. */
  const refusedWithoutChange = async (
    query: string,
    input: Record<string, unknown>,
    token: string,
    field = 'evidence[0].sha256',
  ) => {
    const before = await logLength(app);
    const result = await app.gql(query, { input }, token);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'EVIDENCE_NOT_FOUND',
      details: { field },
    });
    expect(await logLength(app)).toBe(before);
    return result.errors![0]!;
  };

  beforeAll(async () => {
    process.env.DUBAN_URGE_INTERVAL_MS = '0';
    app = await startTestApp({
      clock: new ManualClock(new Date('2030-03-02T09:00:00+08:00')),
      env: LONG_LIVED_TOKENS,
    });
    cast = await castInspectionRoles(app);
    const fixture = new TasksFixture(app.app.get(CommandBus), app.store);
    await fixture.registerUnits();
    leadOfficer = await registerPerson(app, 'officer.sfj', 'UNIT_OFFICER', UNITS.lead);
    ({ taskId } = await fixture.taskAt('IN_PROGRESS'));
    inspectionId = (
      await ok<{ openInspection: { id: string } }>(
        OPEN,
        {
          input: {
            kind: 'SPECIAL',
            title: '行政执法专项督察',
            teamUserIds: [cast.inspector.id],
            targetUnitIds: [cast.units.a],
            periodStart: '2030-03-01',
            periodEnd: '2030-03-31',
          },
        },
        cast.office.token,
      )
    ).openInspection.id;
  });
  afterAll(() => app?.close());

  it('lists the files of a progress report and a completion request on their task entries, bytes intact', async () => {
    const ledger = Buffer.from('人民调解 排查605次 受理297起 成功271起\n');
    const photo = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.from('现场照片'),
      Buffer.from('\n%%EOF\n'),
    ]);
    const ledgerRef = await upload(ledger, '调解台账.txt', leadOfficer.token);
    const photoRef = await upload(photo, '现场照片.pdf', leadOfficer.token);
    await ok(
      REPORT_TASK,
      { input: { taskId, percent: 60, narrative: '已排查', evidence: [photoRef, ledgerRef] } },
      leadOfficer.token,
    );
    await ok(
      COMPLETE_TASK,
      { input: { taskId, summary: '已完成', evidence: [ledgerRef] } },
      leadOfficer.token,
    );

    const { task } = await ok<{ task: { timeline: EvidenceEntry[] } }>(
      TASK_EVIDENCE,
      { id: taskId },
      cast.leader.token,
    );
    const report = task.timeline.find((entry) => entry.type === 'TaskProgressReported');
    const completion = task.timeline.find((entry) => entry.type === 'TaskCompletionRequested');
    expect(report?.evidence).toEqual([
      {
        ...photoRef,
        downloadPath: `/files/${photoRef.sha256}`,
      },
      {
        sha256: sha256(ledger),
        name: '调解台账.txt',
        size: ledger.length,
        contentType: 'text/plain; charset=utf-8',
        downloadPath: `/files/${sha256(ledger)}`,
      },
    ]);
    expect(completion?.evidence.map((file) => file.name)).toEqual(['调解台账.txt']);
    for (const entry of task.timeline.filter(
      (e) => !['TaskProgressReported', 'TaskCompletionRequested'].includes(e.type),
    ))
      expect(entry.evidence).toEqual([]);

    // Anyone who reads the task downloads the same bytes: another unit's officer, the leader.
    for (const token of [cast.officerB.token, cast.leader.token]) {
      const response = await download(report!.evidence[1]!.downloadPath, token);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(ledger);
    }
    expect((await download(report!.evidence[1]!.downloadPath)).status).toBe(401);
    expect((await download(report!.evidence[1]!.downloadPath, 'not-a-token')).status).toBe(401);
  });

  it('keeps an uploaded file that no report cites to its uploader', async () => {
    const draft = await upload(Buffer.from('草稿，尚未报送\n'), '草稿.txt', leadOfficer.token);
    expect((await download(`/files/${draft.sha256}`, leadOfficer.token)).status).toBe(200);
    const refused = await download(`/files/${draft.sha256}`, cast.office.token);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ code: 'NOT_FOUND', reason: 'FILE_NOT_FOUND' });
  });

  it("lists a finding's files per entry, and hides a finding's files from unit officers until it is notified", async () => {
    const noteBytes = Buffer.from('检查记录：3份处罚决定书未载明复议诉讼途径\n');
    const note = await upload(noteBytes, '检查记录.txt', cast.inspector.token);
    const findingId = await logFinding([note]);
    const asInspector = await ok<{ finding: { timeline: EvidenceEntry[] } }>(
      FINDING_EVIDENCE,
      { id: findingId },
      cast.inspector.token,
    );
    expect(asInspector.finding.timeline[0]).toMatchObject({
      type: 'FindingLogged',
      evidence: [{ sha256: note.sha256, name: '检查记录.txt', downloadPath: `/files/${note.sha256}` }],
    });
    // Logged, not yet notified: the unit's officer neither sees the finding nor downloads its file.
    const hidden = await app.gql(FINDING_EVIDENCE, { id: findingId }, cast.officerA.token);
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await download(`/files/${note.sha256}`, cast.officerA.token)).status).toBe(404);
    expect((await download(`/files/${note.sha256}`, cast.leader.token)).status).toBe(200);

    await ok(NOTIFY, { id: findingId }, cast.inspector.token);
    const seen = await download(`/files/${note.sha256}`, cast.officerA.token);
    expect(seen.status).toBe(200);
    expect(Buffer.from(await seen.arrayBuffer())).toEqual(noteBytes);

    await ok(
      PLAN,
      {
        input: {
          findingId,
          plan: '逐件补正',
          measures: ['补正决定书'],
          plannedCompletionDate: '2030-05-31',
        },
      },
      cast.officerA.token,
    );
    const progressBytes = Buffer.from('已补正2份\n');
    const progress = await upload(progressBytes, '补正情况.txt', cast.officerA.token);
    await ok(
      PROGRESS,
      { input: { findingId, percent: 50, narrative: '补正中', evidence: [progress] } },
      cast.officerA.token,
    );
    const closure = await upload(
      Buffer.from('%PDF-1.7\n整改报告\n%%EOF\n'),
      '整改报告.pdf',
      cast.officerA.token,
    );
    await ok(
      CLOSURE,
      { input: { findingId, summary: '已全部补正', evidence: [closure, progress] } },
      cast.officerA.token,
    );
    const { finding } = await ok<{ finding: { evidenceCount: number; timeline: EvidenceEntry[] } }>(
      FINDING_EVIDENCE,
      { id: findingId },
      cast.officerA.token,
    );
    const byType = Object.fromEntries(finding.timeline.map((entry) => [entry.type, entry.evidence]));
    expect(byType.RectificationProgressReported?.map((file) => file.name)).toEqual(['补正情况.txt']);
    expect(byType.FindingClosureRequested?.map((file) => file.name)).toEqual([
      '整改报告.pdf',
      '补正情况.txt',
    ]);
    expect(byType.RectificationPlanSubmitted).toEqual([]);
    const fetched = await download(
      byType.RectificationProgressReported![0]!.downloadPath,
      cast.inspector.token,
    );
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(progressBytes);
  });

  describe('citing a file that was never uploaded', () => {
    it('refuses a task progress report and a completion request, appending nothing', async () => {
      const fixture = new TasksFixture(app.app.get(CommandBus), app.store);
      const { taskId: fresh } = await fixture.taskAt('IN_PROGRESS');
      await refusedWithoutChange(
        REPORT_TASK,
        { taskId: fresh, percent: 10, narrative: '已启动', evidence: [NEVER_UPLOADED] },
        leadOfficer.token,
      );
      await refusedWithoutChange(
        COMPLETE_TASK,
        { taskId: fresh, summary: '已完成', evidence: [NEVER_UPLOADED] },
        leadOfficer.token,
      );
      const { task } = await ok<{ task: { timeline: EvidenceEntry[] } }>(
        TASK_EVIDENCE,
        { id: fresh },
        cast.office.token,
      );
      expect(task.timeline.map((entry) => entry.type)).not.toContain('TaskProgressReported');
    });

    it('refuses logging a finding, a rectification progress report and a closure request', async () => {
      await refusedWithoutChange(
        LOG,
        {
          inspectionId,
          unitId: cast.units.a,
          description: '执法人员未佩戴执法证',
          severity: 'LOW',
          category: '执法公示',
          rectificationDeadline: '2030-06-30',
          evidence: [NEVER_UPLOADED],
        },
        cast.inspector.token,
      );
      const findingId = await logFinding();
      await ok(NOTIFY, { id: findingId }, cast.inspector.token);
      await ok(
        PLAN,
        { input: { findingId, plan: '补正', measures: ['补正'], plannedCompletionDate: '2030-05-31' } },
        cast.officerA.token,
      );
      await refusedWithoutChange(
        PROGRESS,
        { findingId, percent: 20, narrative: '推进中', evidence: [NEVER_UPLOADED] },
        cast.officerA.token,
      );
      await refusedWithoutChange(
        CLOSURE,
        { findingId, summary: '已整改', evidence: [NEVER_UPLOADED] },
        cast.officerA.token,
      );
      const { finding } = await ok<{ finding: { status: string; evidenceCount: number } }>(
        FINDING_EVIDENCE,
        { id: findingId },
        cast.inspector.token,
      );
      expect(finding).toMatchObject({ status: 'RECTIFYING', evidenceCount: 0 });
    });
  });

  describe('citing a file one may not download', () => {
    let coOfficer: Person;
    const rectifying = async () => {
      const findingId = await logFinding();
      await ok(NOTIFY, { id: findingId }, cast.inspector.token);
      await ok(
        PLAN,
        { input: { findingId, plan: '补正', measures: ['补正'], plannedCompletionDate: '2030-05-31' } },
        cast.officerA.token,
      );
      return findingId;
    };
    /** The refusal without what names the file, to compare two refusals. */
    const shapeOf = (error: { message: string; extensions?: Record<string, unknown> }) => {
      const { details, ...extensions } = error.extensions ?? {};
      return { message: error.message, extensions, field: (details as { field?: string }).field };
    };

    beforeAll(async () => {
      // An officer of the task's cooperating unit: reads every task, reports on this one.
      coOfficer = await registerPerson(app, 'officer.wjw', 'UNIT_OFFICER', UNITS.cooperating);
    });

    it("refuses another unit's officer citing an uncited upload, answering as for a missing file, until a task cites it", async () => {
      const fixture = new TasksFixture(app.app.get(CommandBus), app.store);
      const { taskId: shared } = await fixture.taskAt('IN_PROGRESS');
      const draft = await upload(
        Buffer.from('司法局内部统计表（未报送）\n'),
        '内部统计.txt',
        leadOfficer.token,
      );
      const report = (evidence: unknown[]) => ({
        taskId: shared,
        percent: 10,
        narrative: '配合排查',
        evidence,
      });

      const stolen = await refusedWithoutChange(REPORT_TASK, report([draft]), coOfficer.token);
      const missing = await refusedWithoutChange(REPORT_TASK, report([NEVER_UPLOADED]), coOfficer.token);
      expect(shapeOf(stolen)).toEqual(shapeOf(missing));
      expect((await download(`/files/${draft.sha256}`, coOfficer.token)).status).toBe(404);

      // Its uploader may cite it; that opens it to everyone who reads the task, so now the other unit may too.
      await ok(
        REPORT_TASK,
        { input: { taskId: shared, percent: 30, narrative: '已排查', evidence: [draft] } },
        leadOfficer.token,
      );
      await ok(REPORT_TASK, { input: report([draft]) }, coOfficer.token);
      const { task } = await ok<{ task: { timeline: EvidenceEntry[] } }>(
        TASK_EVIDENCE,
        { id: shared },
        cast.office.token,
      );
      expect(
        task.timeline
          .filter((entry) => entry.type === 'TaskProgressReported')
          .map((entry) => entry.evidence.map((file) => file.sha256)),
      ).toEqual([[draft.sha256], [draft.sha256]]);
    });

    it("refuses someone else's uncited upload in every command that cites files, appending nothing", async () => {
      const fixture = new TasksFixture(app.app.get(CommandBus), app.store);
      const { taskId: fresh } = await fixture.taskAt('IN_PROGRESS');
      const officersFile = await upload(
        Buffer.from('整改台账（草稿）\n'),
        '整改台账.txt',
        cast.officerA.token,
      );
      const inspectorsFile = await upload(Buffer.from('检查底稿\n'), '检查底稿.txt', cast.inspector.token);
      const coOfficersFile = await upload(Buffer.from('卫健委统计表\n'), '卫健委统计.txt', coOfficer.token);
      const findingId = await rectifying();

      await refusedWithoutChange(
        COMPLETE_TASK,
        { taskId: fresh, summary: '已完成', evidence: [coOfficersFile] },
        leadOfficer.token,
      );
      await refusedWithoutChange(
        LOG,
        {
          inspectionId,
          unitId: cast.units.a,
          description: '执法案卷归档不及时',
          severity: 'LOW',
          category: '执法案卷',
          rectificationDeadline: '2030-06-30',
          evidence: [officersFile],
        },
        cast.inspector.token,
      );
      // The officer's own file passes; the inspector's, second in the list, is refused.
      await refusedWithoutChange(
        PROGRESS,
        { findingId, percent: 20, narrative: '推进中', evidence: [officersFile, inspectorsFile] },
        cast.officerA.token,
        'evidence[1].sha256',
      );
      await refusedWithoutChange(
        CLOSURE,
        { findingId, summary: '已整改', evidence: [inspectorsFile] },
        cast.officerA.token,
      );
      const { finding } = await ok<{ finding: { status: string; evidenceCount: number } }>(
        FINDING_EVIDENCE,
        { id: findingId },
        cast.inspector.token,
      );
      expect(finding).toMatchObject({ status: 'RECTIFYING', evidenceCount: 0 });
    });

    it('keeps a file cited only on a finding not yet notified from unit officers’ citations until it is notified', async () => {
      const note = await upload(
        Buffer.from('现场检查底稿：执法记录仪缺失\n'),
        '检查底稿2.txt',
        cast.inspector.token,
      );
      const hiddenFinding = await logFinding([note]);
      const findingId = await rectifying();
      const fixture = new TasksFixture(app.app.get(CommandBus), app.store);
      const { taskId: fresh } = await fixture.taskAt('IN_PROGRESS');

      await refusedWithoutChange(
        PROGRESS,
        { findingId, percent: 20, narrative: '推进中', evidence: [note] },
        cast.officerA.token,
      );
      await refusedWithoutChange(
        REPORT_TASK,
        { taskId: fresh, percent: 10, narrative: '已启动', evidence: [note] },
        leadOfficer.token,
      );
      // The team sees its own working note and may cite it again.
      await ok(
        LOG,
        {
          input: {
            inspectionId,
            unitId: cast.units.a,
            description: '执法装备配备不足',
            severity: 'LOW',
            category: '执法装备',
            rectificationDeadline: '2030-06-30',
            evidence: [note],
          },
        },
        cast.inspector.token,
      );

      await ok(NOTIFY, { id: hiddenFinding }, cast.inspector.token);
      await ok(
        PROGRESS,
        { input: { findingId, percent: 20, narrative: '推进中', evidence: [note] } },
        cast.officerA.token,
      );
    });
  });
});
