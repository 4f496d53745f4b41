import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { reportFailedPages } from './support/failure-report.js';
import { DEMO, signIn, tokenFor, typeDate, uploadText } from './support/demo-session.js';
import { graphqlRequest } from './support/graphql-request.js';
import { screenshot } from './support/screenshot.js';

const chromiumPath = findChromium();
const TITLE = '2030年度法治政府建设督察';
const FINDING = '行政执法公示信息更新不及时';
const HIDDEN_FINDING = '执法记录仪配备不足';
const TASK_FILE = { name: '普法台账.txt', text: '开展法治讲座12场，覆盖1860人次。\n' };
const FINDING_FILE = { name: '整改进展.txt', text: '已更新公示栏3处，网站公示信息已核对。\n' };

interface Inspector {
  id: string;
  displayName: string;
}

const bytesOf = async (download: Download) => readFileSync(await download.path());

describe.skipIf(!chromiumPath && !process.env.CI)(
  'evidence downloads, notice list and team picker in the browser (needs Chromium)',
  () => {
    let api: RunningApi;
    let browser: LaunchedBrowser;
    reportFailedPages(() => browser);
    let officeToken: string;
    let inspectorToken: string;
    let unitToken: string;
    let inspectors: Inspector[];
    let inspectionId = '';
    let findingId = '';

    const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
      graphqlRequest<T>(api, query, variables, token);
    const downloadFrom = (page: Page, name: string) =>
      Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('button', { name: `下载 ${name}` })
          .first()
          .click(),
      ]).then(([download]) => download);

    beforeAll(async () => {
      if (!chromiumPath)
        throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
      api = await startApi({ seedDemo: true });
      officeToken = await tokenFor(api, DEMO.office);
      inspectorToken = await tokenFor(api, DEMO.inspector);
      unitToken = await tokenFor(api, DEMO.sfjOfficer);
      inspectors = (
        await gql<{ assignableInspectors: Inspector[] }>(
          officeToken,
          '{ assignableInspectors { id displayName } }',
        )
      ).assignableInspectors;
      browser = await launchChromium(chromiumPath);
    });

    afterAll(async () => {
      await browser?.close();
      await api?.stop();
    });

    it('lets the office open an inspection, searching the inspectors by name for its team', async () => {
      const demoInspector = (await gql<{ me: { id: string } }>(inspectorToken, '{ me { id } }')).me;
      const lead = inspectors.find((inspector) => inspector.id === demoInspector.id);
      const other = inspectors.find((inspector) => inspector.id !== demoInspector.id);
      expect(lead, 'the demo inspector is offered').toBeDefined();

      const page = await signIn(browser, api, DEMO.office);
      await page.goto(`${api.baseUrl}/inspections`);
      await page.getByRole('button', { name: '新建督察' }).click();
      await page.waitForURL('**/inspections/new');
      await typeDate(page.getByPlaceholder('开始日期'), '2030-03-01');
      await typeDate(page.getByPlaceholder('结束日期'), '2030-03-31');
      await page.getByLabel('督察标题').fill(TITLE);
      await page.getByLabel('督察组成员').click();
      await page.keyboard.type(lead!.displayName.slice(0, 2));
      await page.locator('.ant-select-item-option', { hasText: lead!.displayName }).first().click();
      if (other) {
        await page.keyboard.type(other.displayName.slice(0, 2));
        await page.locator('.ant-select-item-option', { hasText: other.displayName }).first().click();
      }
      // The pick satisfies the field's rule, which the Enter on the dates had checked while it was empty.
      await page
        .locator('.ant-form-item-explain-error', { hasText: '请至少选择一名督察组成员' })
        .waitFor({ state: 'detached' });
      await screenshot(page, 'office-inspection-team-picker-zh');
      await page.keyboard.press('Escape');
      await page.getByLabel('督察对象单位').click();
      await page.keyboard.type(DEMO.sfjOfficer.unitName);
      await page.locator('.ant-select-item-option', { hasText: DEMO.sfjOfficer.unitName }).first().click();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: '开始督察' }).click();
      await page.waitForURL(/\/inspections\/(?!new)[^/]+$/);
      inspectionId = page.url().split('/').pop()!;
      await page.getByRole('heading', { name: TITLE }).waitFor();
      const team = [lead!, ...(other ? [other] : [])];
      // The detail names the team to the office, which has no account list.
      await page.getByText(team.map((member) => member.displayName).join('、')).waitFor();
      const { inspection } = await gql<{ inspection: { teamUserIds: string[] } }>(
        officeToken,
        'query ($id: ID!) { inspection(id: $id) { teamUserIds } }',
        { id: inspectionId },
      );
      expect(inspection.teamUserIds).toEqual(team.map((member) => member.id));
      await page.close();
    });

    it('lists the notices issued, with who issued them, the units and the findings with deadlines', async () => {
      const logged = await gql<{ logFinding: { id: string } }>(
        inspectorToken,
        'mutation ($input: LogFindingInput!) { logFinding(input: $input) { id } }',
        {
          input: {
            inspectionId,
            unitId: DEMO.sfjOfficer.unitId,
            description: FINDING,
            severity: 'MEDIUM',
            category: '执法公示',
            rectificationDeadline: '2030-06-30',
          },
        },
      );
      findingId = logged.logFinding.id;
      await gql(inspectorToken, 'mutation ($id: ID!) { notifyFinding(findingId: $id) { id } }', {
        id: findingId,
      });
      await gql(
        inspectorToken,
        'mutation ($input: IssueInspectionNoticeInput!) { issueInspectionNotice(input: $input) { noticeId } }',
        { input: { inspectionId } },
      );

      const page = await signIn(browser, api, DEMO.office);
      await page.goto(`${api.baseUrl}/inspections/${inspectionId}`);
      const notices = page.getByTestId('inspection-notices');
      const row = notices.getByRole('row', { name: /关于.*的通报/ });
      await row.waitFor();
      const me = (await gql<{ me: { displayName: string } }>(inspectorToken, '{ me { displayName } }')).me;
      await row.getByText(me.displayName).waitFor();
      await row.getByText(DEMO.sfjOfficer.unitName).waitFor();
      await page.getByText('已发通报 1 份').waitFor();
      await row.getByRole('button', { name: /展开行|Expand row/ }).click();
      await notices.getByText(FINDING).waitFor();
      await notices.getByText('整改期限 2030-06-30').waitFor();
      await screenshot(page, 'office-inspection-notices-zh');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row.getByRole('button', { name: '下载通报' }).click(),
      ]);
      expect((await bytesOf(download)).toString('utf8')).toContain(FINDING);
      await page.close();
    });

    it('shows the files of a progress report on the task detail, and downloads the same bytes', async () => {
      const { unitQueue } = await gql<{ unitQueue: { toReport: { id: string; title: string }[] } }>(
        unitToken,
        'query ($unitId: ID!) { unitQueue(unitId: $unitId) { toReport { id title } } }',
        { unitId: DEMO.sfjOfficer.unitId },
      );
      const task = unitQueue.toReport[0];
      expect(task, 'the demo district leaves 区司法局 a task to report on').toBeDefined();
      const { task: before } = await gql<{ task: { units: { unitId: string; percent: number }[] } }>(
        unitToken,
        'query ($id: ID!) { task(id: $id) { units { unitId percent } } }',
        { id: task!.id },
      );
      const percent = before.units.find((unit) => unit.unitId === DEMO.sfjOfficer.unitId)?.percent ?? 0;
      const evidence = await uploadText(api, unitToken, TASK_FILE.name, TASK_FILE.text);
      await gql(
        unitToken,
        'mutation ($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { id } }',
        {
          input: {
            taskId: task!.id,
            percent: Math.min(100, percent + 5),
            narrative: '本月完成普法讲座',
            evidence: [evidence],
          },
        },
      );

      const page = await signIn(browser, api, DEMO.office);
      await page.goto(`${api.baseUrl}/tasks/${task!.id}`);
      const report = page.getByTestId('task-report').filter({ hasText: '本月完成普法讲座' });
      await report.getByRole('button', { name: `下载 ${TASK_FILE.name}` }).waitFor();
      await report.scrollIntoViewIfNeeded();
      await screenshot(page, 'office-task-evidence-zh');
      const download = await downloadFrom(page, TASK_FILE.name);
      expect(download.suggestedFilename()).toBe(TASK_FILE.name);
      expect((await bytesOf(download)).toString('utf8')).toBe(TASK_FILE.text);
      await page.close();
    });

    it("shows a finding's files to its unit and downloads them, while a finding not yet notified stays hidden", async () => {
      await gql(
        unitToken,
        'mutation ($input: SubmitRectificationPlanInput!) { submitRectificationPlan(input: $input) { id } }',
        {
          input: {
            findingId,
            plan: '全面核对公示信息',
            measures: ['更新公示栏', '核对网站公示'],
            plannedCompletionDate: '2030-05-31',
          },
        },
      );
      const evidence = await uploadText(api, unitToken, FINDING_FILE.name, FINDING_FILE.text);
      await gql(
        unitToken,
        'mutation ($input: ReportRectificationProgressInput!) { reportRectificationProgress(input: $input) { id } }',
        { input: { findingId, percent: 60, narrative: '公示栏已更新', evidence: [evidence] } },
      );

      const page = await signIn(browser, api, DEMO.sfjOfficer);
      await page.goto(`${api.baseUrl}/findings/${findingId}`);
      await page.getByText(FINDING).first().waitFor();
      // Listed twice: among the finding's files and on the progress report that cited it.
      await expect
        .poll(() => page.getByRole('button', { name: `下载 ${FINDING_FILE.name}` }).count())
        .toBe(2);
      await screenshot(page, 'unit-finding-evidence-zh');
      const download = await downloadFrom(page, FINDING_FILE.name);
      expect((await bytesOf(download)).toString('utf8')).toBe(FINDING_FILE.text);

      // The team's working note: logged with the inspector's file, not yet notified to the unit.
      const note = await uploadText(api, inspectorToken, '现场检查记录.txt', '执法记录仪仅配备2台。\n');
      const hidden = await gql<{ logFinding: { id: string } }>(
        inspectorToken,
        'mutation ($input: LogFindingInput!) { logFinding(input: $input) { id } }',
        {
          input: {
            inspectionId,
            unitId: DEMO.sfjOfficer.unitId,
            description: HIDDEN_FINDING,
            severity: 'LOW',
            category: '执法装备',
            rectificationDeadline: '2030-06-30',
            evidence: [note],
          },
        },
      );
      await page.goto(`${api.baseUrl}/findings/${hidden.logFinding.id}`);
      await page.getByRole('alert').waitFor();
      expect(await page.getByText(HIDDEN_FINDING).count()).toBe(0);
      const refused = await fetch(`${api.baseUrl}/files/${note.sha256}`, {
        headers: { authorization: `Bearer ${unitToken}` },
      });
      expect(refused.status).toBe(404);
      await page.close();
    });
  },
);
