import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { reportFailedPages } from './support/failure-report.js';
import { DEMO, PHONE, buttonName, signIn, tokenFor, typeDate } from './support/demo-session.js';
import { graphqlRequest } from './support/graphql-request.js';
import { screenshot } from './support/screenshot.js';

const chromiumPath = findChromium();

interface QueueTask {
  id: string;
  title: string;
  status: string;
  leadUnitId: string;
  deadline: string;
}
interface Queue {
  toAcknowledge: QueueTask[];
  toReport: QueueTask[];
}
const QUEUE = `query ($unitId: ID!) { unitQueue(unitId: $unitId) {
  toAcknowledge { id title status leadUnitId deadline } toReport { id title status leadUnitId deadline }
} }`;

describe.skipIf(!chromiumPath && !process.env.CI)(
  'a unit officer’s day on a phone, 390×844 (needs Chromium)',
  () => {
    let api: RunningApi;
    let browser: LaunchedBrowser;
    reportFailedPages(() => browser);
    let token: string;

    const queue = async (): Promise<Queue> =>
      (await graphqlRequest<{ unitQueue: Queue }>(api, QUEUE, { unitId: DEMO.sfjOfficer.unitId }, token))
        .unitQueue;
    const unitReports = async (taskId: string) =>
      (
        await graphqlRequest<{ task: { units: { unitId: string; reports: number }[] } }>(
          api,
          'query ($id: ID!) { task(id: $id) { units { unitId reports } } }',
          { id: taskId },
          token,
        )
      ).task.units.find((unit) => unit.unitId === DEMO.sfjOfficer.unitId)?.reports ?? 0;

    beforeAll(async () => {
      if (!chromiumPath)
        throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
      api = await startApi({ seedDemo: true });
      token = await tokenFor(api, DEMO.sfjOfficer);
      browser = await launchChromium(chromiumPath);
    });

    afterAll(async () => {
      await browser?.close();
      await api?.stop();
    });

    it('keeps the whole width for the page, the menu in a drawer, and role and language in the header', async () => {
      const page = await signIn(browser, api, DEMO.sfjOfficer, PHONE);
      await page.waitForURL('**/my/todo');
      await page.getByTestId('queue-tab-toAcknowledge').waitFor();
      expect(await page.locator('.ant-layout-sider').count()).toBe(0);
      await page.getByTestId('header-role').getByText('单位联络员').waitFor();
      await page.getByRole('radiogroup', { name: '语言' }).waitFor();
      const content = await page.locator('.ant-layout-content').boundingBox();
      expect(content?.width ?? 0).toBeGreaterThan(PHONE.width - 40);
      // No part of the page runs off the side of the phone.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, 'phone-unit-todo-zh');

      await page.getByTestId('menu-toggle').click();
      const item = page.getByRole('menuitem').filter({ hasText: /^任务$/ });
      await item.click();
      await page.waitForURL('**/my/tasks');
      // Choosing a page closes the drawer.
      await item.waitFor({ state: 'hidden' });
      await page.getByTestId('task-card').first().waitFor();
      await screenshot(page, 'phone-unit-my-tasks-zh');
      await page.close();
    });

    it('acknowledges a task from its card and then reports progress with figures and a PDF', async () => {
      const before = await queue();
      const task = before.toAcknowledge[0];
      expect(task, 'the demo district leaves a task for 区司法局 to acknowledge').toBeDefined();
      const page = await signIn(browser, api, DEMO.sfjOfficer, PHONE);
      const card = page.getByRole('tabpanel').getByTestId('queue-card').filter({ hasText: task!.title });
      await card.getByRole('button', { name: buttonName('签收') }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: buttonName('确定') })
        .click();
      await page.getByText('已签收').waitFor();
      expect((await queue()).toAcknowledge.map((t) => t.id)).not.toContain(task!.id);

      // The acknowledged task now waits under 待反馈, which the to-do has moved to if 待签收 emptied.
      await page.getByTestId('queue-tab-toReport').click();
      const reportCard = page
        .getByRole('tabpanel')
        .getByTestId('queue-card')
        .filter({ hasText: task!.title });
      const reportsBefore = await unitReports(task!.id);
      await reportCard.getByRole('button', { name: '反馈进度' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(`反馈进度：${task!.title}`).waitFor();
      await dialog.getByLabel('完成进度（%）').fill('20');
      await dialog.getByLabel('进展情况').fill('已制定普法责任清单，完成首批执法人员以案释法培训。');
      await dialog.locator('input[type=file]').setInputFiles({
        name: '普法责任清单.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
      });
      await dialog.locator('.ant-upload-list-item-done', { hasText: '普法责任清单.pdf' }).waitFor();
      const box = await dialog.boundingBox();
      expect(box?.width ?? 0).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, 'phone-unit-report-progress-zh');
      await dialog.getByRole('button', { name: buttonName('提交') }).click();
      await page.getByText('进度已提交').waitFor();
      expect(await unitReports(task!.id)).toBe(reportsBefore + 1);
      await page.close();
    });

    it('requests an extension from the task page, its actions within reach', async () => {
      const { toReport } = await queue();
      const task = toReport.find(
        (t) => t.leadUnitId === DEMO.sfjOfficer.unitId && t.status === 'IN_PROGRESS',
      );
      expect(task, '区司法局 leads a task in progress').toBeDefined();
      const page = await signIn(browser, api, DEMO.sfjOfficer, PHONE);
      await page.goto(`${api.baseUrl}/tasks/${task!.id}`);
      const actions = page.getByRole('group', { name: '可办理的操作' });
      await actions.getByRole('button', { name: buttonName('申请延期') }).click();
      const dialog = page.getByRole('dialog');
      await typeDate(dialog.getByLabel('延至'), '2031-06-30');
      await dialog.getByLabel('理由').fill('需等待上级配套文件印发后方能完成。');
      await screenshot(page, 'phone-unit-request-extension-zh');
      await dialog.getByRole('button', { name: buttonName('提交') }).click();
      await dialog.waitFor({ state: 'hidden' });
      const { task: after } = await graphqlRequest<{
        task: { pendingExtension: { requestedDeadline: string } | null };
      }>(
        api,
        'query ($id: ID!) { task(id: $id) { pendingExtension { requestedDeadline } } }',
        { id: task!.id },
        token,
      );
      expect(after.pendingExtension?.requestedDeadline).toBe('2031-06-30');
      await screenshot(page, 'phone-unit-task-detail-zh');
      await page.close();
    });

    it('submits a rectification plan for a notified finding from the phone', async () => {
      // An inspection of 区司法局 with one finding notified to it, set up over GraphQL as the inspector.
      const inspectorToken = await tokenFor(api, DEMO.inspector);
      const as = <T>(query: string, variables: Record<string, unknown> = {}) =>
        graphqlRequest<T>(api, query, variables, inspectorToken);
      const { me } = await as<{ me: { id: string } }>('{ me { id } }');
      const { openInspection } = await as<{ openInspection: { id: string } }>(
        'mutation ($input: OpenInspectionInput!) { openInspection(input: $input) { id } }',
        {
          input: {
            kind: 'SPECIAL',
            title: '行政执法专项督察（手机整改）',
            periodStart: '2024-01-01',
            periodEnd: '2024-12-31',
            targetUnitIds: [DEMO.sfjOfficer.unitId],
            teamUserIds: [me.id],
          },
        },
      );
      const description = '行政处罚决定书未载明救济途径（手机整改）';
      const { logFinding } = await as<{ logFinding: { id: string } }>(
        'mutation ($input: LogFindingInput!) { logFinding(input: $input) { id } }',
        {
          input: {
            inspectionId: openInspection.id,
            unitId: DEMO.sfjOfficer.unitId,
            category: '行政执法',
            description,
            severity: 'MEDIUM',
            rectificationDeadline: '2031-06-30',
          },
        },
      );
      await as('mutation ($id: ID!) { notifyFinding(findingId: $id) { id } }', { id: logFinding.id });

      const page = await signIn(browser, api, DEMO.sfjOfficer, PHONE);
      await page.goto(`${api.baseUrl}/findings/${logFinding.id}`);
      await page.getByText(description).first().waitFor();
      await page.getByRole('button', { name: buttonName('提交整改方案') }).click();
      const dialog = page.getByRole('dialog');
      // The date first: its Enter submits the form, which must still refuse for the empty fields.
      await typeDate(dialog.getByLabel('计划完成日期'), '2031-05-31');
      await dialog.getByText('请填写整改方案').waitFor();
      await dialog.getByLabel('整改方案', { exact: true }).fill('逐件补正处罚决定书，修订文书模板');
      await dialog.getByLabel('整改措施').fill('补正已作出的处罚决定书\n修订文书模板');
      const box = await dialog.boundingBox();
      expect(box?.width ?? 0).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, 'phone-unit-rectification-plan-zh');
      await dialog.getByRole('button', { name: buttonName('提交') }).click();
      await dialog.waitFor({ state: 'hidden' });
      const { finding } = await graphqlRequest<{ finding: { status: string } }>(
        api,
        'query ($id: ID!) { finding(id: $id) { status } }',
        { id: logFinding.id },
        token,
      );
      expect(finding.status).toBe('RECTIFYING');
      await page.close();
    });
  },
);
