import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CommandBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportTaskProgressCommand } from '../src/modules/tasks/commands/report-task-progress/report-task-progress.command.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';
import { ACTORS, TasksFixture, UNITS } from './support/tasks-fixture.js';

const MAX_BYTES = 64 * 1024;
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from('整改报告 '.repeat(50)),
  Buffer.from('\n%%EOF\n'),
]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const json = async (response: Response): Promise<any> => response.json();

const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';

describe('evidence files over HTTP: POST /files and GET /files/:sha256', () => {
  let app: TestApp;
  let uploader: { token: string; userId: string };
  let colleague: string;

  const upload = (bytes: Buffer, name: string, token?: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return fetch(`${app.url}/files`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  };
  const download = (id: string, token?: string) =>
    fetch(`${app.url}/files/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    app = await startTestApp({
      env: { DUBAN_UPLOAD_MAX_BYTES: String(MAX_BYTES), DUBAN_URGE_INTERVAL_MS: '0' },
    });
    // Officers act for registered units: the fixture's units come first.
    await new TasksFixture(app.app.get(CommandBus), app.store).registerUnits();
    const admin = await app.adminToken();
    for (const [username, unitId] of [
      ['officer.sfj', 'sfj'],
      ['officer.ly', 'ly'],
    ] as const) {
      const created = await app.gql(
        REGISTER,
        {
          input: {
            username,
            displayName: username,
            role: 'UNIT_OFFICER',
            unitId,
            password: 'Officer#2024pw',
          },
        },
        admin,
      );
      expect(created.errors).toBeUndefined();
    }
    const sfj = await app.login('officer.sfj', 'Officer#2024pw');
    uploader = { token: sfj.accessToken, userId: sfj.user.id };
    colleague = (await app.login('officer.ly', 'Officer#2024pw')).accessToken;
  }, 120_000);
  afterAll(() => app?.close());

  it('stores an allowed file under its SHA-256 and answers with its reference', async () => {
    const response = await upload(PDF, '2024年法治政府建设报告.pdf', uploader.token);
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(body).toEqual({
      sha256: sha256(PDF),
      name: '2024年法治政府建设报告.pdf',
      size: PDF.length,
      contentType: 'application/pdf',
    });
    expect(existsSync(join(app.config.uploadDir, body.sha256.slice(0, 2), body.sha256))).toBe(true);
    const again = await json(await upload(PDF, '副本.pdf', uploader.token));
    expect(again.sha256).toBe(body.sha256);
  });

  it('refuses a file over DUBAN_UPLOAD_MAX_BYTES with 413 and keeps nothing of it', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX_BYTES + 10, 0x41)]);
    const response = await upload(big, 'big.pdf', uploader.token);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ reason: 'FILE_TOO_LARGE' });
    expect(existsSync(join(app.config.uploadDir, sha256(big).slice(0, 2), sha256(big)))).toBe(false);
  });

  it('refuses types outside the list, and content that does not match its extension', async () => {
    const exe = await upload(Buffer.from('MZ\x90\x00'), 'tool.exe', uploader.token);
    expect(exe.status).toBe(415);
    expect(await exe.json()).toMatchObject({ reason: 'FILE_TYPE_NOT_ALLOWED' });
    const disguised = await upload(PNG, 'report.pdf', uploader.token);
    expect(disguised.status).toBe(415);
    expect(await disguised.json()).toMatchObject({ reason: 'FILE_CONTENT_MISMATCH' });
    const binaryText = await upload(Buffer.from([0x41, 0x00, 0x42]), 'notes.txt', uploader.token);
    expect(binaryText.status).toBe(415);
    const png = await upload(PNG, '现场照片.PNG', uploader.token);
    expect(png.status).toBe(201);
    expect((await json(png)).contentType).toBe('image/png');
  });

  it('refuses an empty file and a second file in one upload with their own codes, keeping nothing', async () => {
    const empty = await upload(Buffer.alloc(0), '空白.txt', uploader.token);
    expect(empty.status).toBe(400);
    expect(await json(empty)).toMatchObject({ code: 'VALIDATION', reason: 'FILE_EMPTY' });
    expect(existsSync(join(app.config.uploadDir, sha256(Buffer.alloc(0)).slice(0, 2)))).toBe(false);

    const first = Buffer.from('第一份 台账\n');
    const form = new FormData();
    form.append('file', new Blob([first]), '第一份.txt');
    form.append('file', new Blob([Buffer.from('第二份\n')]), '第二份.txt');
    const both = await fetch(`${app.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${uploader.token}` },
    });
    expect(both.status).toBe(400);
    expect(await json(both)).toMatchObject({ code: 'VALIDATION', reason: 'FILES_TOO_MANY' });
    expect(existsSync(join(app.config.uploadDir, sha256(first).slice(0, 2), sha256(first)))).toBe(false);

    const alone = await upload(first, '第一份.txt', uploader.token);
    expect(alone.status).toBe(201);
  });

  it('needs a login to upload or download', async () => {
    expect((await upload(PDF, 'a.pdf')).status).toBe(401);
    expect((await download(sha256(PDF))).status).toBe(401);
    expect((await upload(PDF, 'a.pdf', 'not-a-token')).status).toBe(401);
  });

  it('refuses anything but a lower-case hex SHA-256 as a file id, so no path can be named', async () => {
    for (const id of [
      '..%2F..%2F..%2Fetc%2Fpasswd',
      '..%2Fjwt-secret',
      sha256(PDF).toUpperCase(),
      'abc',
      `${sha256(PDF)}.json`,
    ]) {
      const response = await download(id, uploader.token);
      expect({ id, status: response.status }).toEqual({ id, status: 400 });
    }
    const dotted = await fetch(`${app.url}/files/../jwt-secret`, {
      headers: { authorization: `Bearer ${uploader.token}` },
    });
    expect(dotted.status).not.toBe(200);
  });

  it('lets the uploader fetch an uncited file, others only once a task cites it', async () => {
    const text = Buffer.from('人民调解 排查605次 受理297起 成功271起\n');
    const {
      sha256: id,
      name,
      size,
      contentType,
    } = await json(await upload(text, '调解台账.txt', uploader.token));
    const own = await download(id, uploader.token);
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer())).toEqual(text);
    expect(own.headers.get('content-disposition')).toContain(encodeURIComponent('调解台账.txt'));
    expect((await download(id, colleague)).status).toBe(404);
    expect((await download('0'.repeat(64), uploader.token)).status).toBe(404);

    const fixture = new TasksFixture(app.app.get(CommandBus), app.store);
    const { taskId } = await fixture.taskAt('IN_PROGRESS');
    // Cited by its uploader, an officer of the task's lead unit (only a file one may download may be cited).
    await fixture.bus.execute(
      new ReportTaskProgressCommand(
        { userId: uploader.userId, role: 'UNIT_OFFICER', unitId: UNITS.lead },
        { taskId, percent: 30, narrative: '已排查', evidence: [{ sha256: id, name, size, contentType }] },
      ),
    );
    const cited = await download(id, colleague);
    expect(cited.status).toBe(200);
    expect(sha256(Buffer.from(await cited.arrayBuffer()))).toBe(id);
  });

  it('records the name, type and size the server stored for a cited file, whatever the request claims', async () => {
    const text = Buffer.from('执法监督 台账\n');
    const stored = await json(await upload(text, '监督台账.txt', uploader.token));
    const fixture = new TasksFixture(app.app.get(CommandBus), app.store);
    const { taskId } = await fixture.taskAt('IN_PROGRESS');
    await fixture.bus.execute(
      new ReportTaskProgressCommand(
        { userId: uploader.userId, role: 'UNIT_OFFICER', unitId: UNITS.lead },
        {
          taskId,
          percent: 40,
          narrative: '已核查',
          evidence: [
            { sha256: stored.sha256, name: 'evil.html', size: 999_999_999, contentType: 'text/html' },
          ],
        },
      ),
    );
    const [reported] = (await app.store.readStream(`task-${taskId}`)).filter(
      (e) => e.type === 'TaskProgressReported',
    );
    expect((reported?.data as { evidence: unknown[] }).evidence).toEqual([
      {
        sha256: stored.sha256,
        name: '监督台账.txt',
        size: text.length,
        contentType: 'text/plain; charset=utf-8',
      },
    ]);
  });

  it('refuses a progress report citing a file that was never uploaded, appending nothing', async () => {
    const fixture = new TasksFixture(app.app.get(CommandBus), app.store);
    const { taskId } = await fixture.taskAt('IN_PROGRESS');
    const head = await fixture.head();
    await expect(
      fixture.bus.execute(
        new ReportTaskProgressCommand(ACTORS.leadOfficer, {
          taskId,
          percent: 30,
          narrative: '已排查',
          evidence: [{ sha256: 'f'.repeat(64), name: 'x.pdf', size: 1, contentType: 'application/pdf' }],
        }),
      ),
    ).rejects.toMatchObject({ code: 'EVIDENCE_NOT_FOUND', errorClass: 'VALIDATION' });
    expect(await fixture.head()).toBe(head);
  });
});
