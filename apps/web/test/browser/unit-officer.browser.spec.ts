import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { reportFailedPages } from './support/failure-report.js';
import { DEMO, buttonName, signIn, tokenFor } from './support/demo-session.js';
import { graphqlRequest } from './support/graphql-request.js';
import { screenshot } from './support/screenshot.js';

const chromiumPath = findChromium();

interface Queue {
  toAcknowledge: { id: string; title: string }[];
  toReport: { id: string; title: string }[];
  returned: { id: string }[];
  awaitingDecision: { id: string }[];
  overdue: { id: string }[];
  findingsToRectify: { id: string }[];
}

const QUEUE = `query ($unitId: ID!) { unitQueue(unitId: $unitId) {
  toAcknowledge { id title } toReport { id title } returned { id } awaitingDecision { id } overdue { id } findingsToRectify { id }
} }`;

describe.skipIf(!chromiumPath && !process.env.CI)('unit officer in the browser (needs Chromium)', () => {
  let api: RunningApi;
  let browser: LaunchedBrowser;
  reportFailedPages(() => browser);
  let token: string;

  const queue = async (): Promise<Queue> =>
    (await graphqlRequest<{ unitQueue: Queue }>(api, QUEUE, { unitId: DEMO.sfjOfficer.unitId }, token))
      .unitQueue;

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

  it('lands on the to-do with each group counted in its tab and the actionable total on the menu badge', async () => {
    const expected = await queue();
    const page = await signIn(browser, api, DEMO.sfjOfficer);
    await page.waitForURL('**/my/todo');
    await page.getByTestId('queue-tab-toAcknowledge').waitFor();
    for (const group of [
      'toAcknowledge',
      'toReport',
      'returned',
      'awaitingDecision',
      'overdue',
      'findingsToRectify',
    ] as const) {
      const label = await page.getByTestId(`queue-tab-${group}`).innerText();
      expect(label.replace(/\s+/g, '')).toMatch(new RegExp(`${expected[group].length}$`));
    }
    const actionable =
      expected.toAcknowledge.length +
      expected.toReport.length +
      expected.returned.length +
      expected.findingsToRectify.length;
    expect(actionable).toBeGreaterThan(0);
    expect((await page.getByTestId('todo-badge').innerText()).trim()).toBe(String(actionable));
    await screenshot(page, 'unit-workspace-zh');
    await page.close();
  });

  it('acknowledges a task after confirmation and takes it off the to-acknowledge list', async () => {
    const before = await queue();
    const task = before.toAcknowledge[0];
    expect(task, 'the demo district leaves a task for 区司法局 to acknowledge').toBeDefined();
    const page = await signIn(browser, api, DEMO.sfjOfficer);
    const row = page.getByRole('tabpanel').getByRole('row', { name: task!.title });
    await row.getByRole('button', { name: buttonName('签收') }).click();
    await page.getByText(`确认签收任务“${task!.title}”？`, { exact: false }).waitFor();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('确定') })
      .click();
    await page.getByText('已签收').waitFor();

    const after = await queue();
    expect(after.toAcknowledge.map((t) => t.id)).not.toContain(task!.id);
    expect(after.toAcknowledge).toHaveLength(before.toAcknowledge.length - 1);
    if (after.toAcknowledge.length === 0) {
      // The emptied tab is left for 待反馈, where the acknowledged task now waits.
      await page.locator('.ant-tabs-tab-active').getByTestId('queue-tab-toReport').waitFor();
      await row.waitFor();
    } else {
      await row.waitFor({ state: 'detached' });
    }
    await page.close();
  });

  it('reports progress with a narrative and an uploaded evidence file', async () => {
    const { toReport } = await queue();
    const task = toReport[0];
    expect(task, 'the demo district has a task 区司法局 reports on').toBeDefined();
    const lastReports = async () =>
      (
        await graphqlRequest<{ task: { units: { unitId: string; reports: number; percent: number }[] } }>(
          api,
          'query ($id: ID!) { task(id: $id) { units { unitId reports percent } } }',
          { id: task!.id },
          token,
        )
      ).task.units.find((unit) => unit.unitId === DEMO.sfjOfficer.unitId);
    const before = await lastReports();

    const page = await signIn(browser, api, DEMO.sfjOfficer);
    await page.getByTestId('queue-tab-toReport').click();
    const row = page.getByRole('tabpanel').getByRole('row', { name: task!.title });
    await row.getByRole('button', { name: '反馈进度' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`反馈进度：${task!.title}`).waitFor();

    // An empty narrative is refused in the user's language before anything is sent.
    await dialog.getByRole('button', { name: buttonName('提交') }).click();
    await dialog.getByText('请填写进展情况').waitFor();

    const percent = Math.min(100, (before?.percent ?? 0) + 10);
    await dialog.getByLabel('完成进度（%）').fill(String(percent));
    await dialog.getByLabel('进展情况').fill('已组织全局执法人员集中学习，完成第三季度执法案卷自查。');
    await dialog.locator('input[type=file]').setInputFiles({
      name: '自查报告.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('第三季度执法案卷自查报告：抽查案卷12件，均符合要求。'),
    });
    await dialog.locator('.ant-upload-list-item-done', { hasText: '自查报告.txt' }).waitFor();
    await screenshot(page, 'unit-report-progress-zh');
    await dialog.getByRole('button', { name: buttonName('提交') }).click();
    await page.getByText('进度已提交').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    const after = await lastReports();
    expect(after?.reports).toBe((before?.reports ?? 0) + 1);
    expect(after?.percent).toBe(percent);
    await page.close();
  });
});
