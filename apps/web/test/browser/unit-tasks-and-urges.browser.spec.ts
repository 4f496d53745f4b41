import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { reportFailedPages } from './support/failure-report.js';
import { DEMO, PHONE, signIn, tokenFor } from './support/demo-session.js';
import { graphqlRequest } from './support/graphql-request.js';
import { screenshot } from './support/screenshot.js';

const chromiumPath = findChromium();

interface UrgedTask {
  id: string;
  title: string;
  status: string;
  overdue: boolean;
  leadUnitId: string;
  urges: { mode: string; threshold: string | null }[];
}

const UNIT_TASKS = `query ($filter: TaskFilterInput!) { tasks(filter: $filter, page: { first: 50 }) {
  total items { id title status overdue leadUnitId urges { mode threshold } }
} }`;

describe.skipIf(!chromiumPath && !process.env.CI)(
  'a unit’s task list and the urges it sees (needs Chromium)',
  () => {
    let api: RunningApi;
    let browser: LaunchedBrowser;
    reportFailedPages(() => browser);
    let token: string;
    let urgedBySystem: UrgedTask;

    const unitTasks = async (filter: Record<string, unknown>) =>
      (
        await graphqlRequest<{ tasks: { total: number; items: UrgedTask[] } }>(
          api,
          UNIT_TASKS,
          { filter },
          token,
        )
      ).tasks;

    beforeAll(async () => {
      if (!chromiumPath)
        throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
      // The deadline watcher passes every second, so the demo's overdue tasks get their automatic urge early.
      api = await startApi({ seedDemo: true, env: { DUBAN_URGE_INTERVAL_MS: '1000' } });
      token = await tokenFor(api, DEMO.sfjOfficer);
      browser = await launchChromium(chromiumPath);
    });

    afterAll(async () => {
      await browser?.close();
      await api?.stop();
    });

    it('sees the deadline watcher urge an overdue task of the unit on its own', async () => {
      await expect
        .poll(
          async () =>
            (await unitTasks({ leadUnitId: DEMO.sfjOfficer.unitId, overdue: true })).items.find((task) =>
              task.urges.some((urge) => urge.mode === 'AUTOMATIC' && urge.threshold === 'OVERDUE'),
            ),
          { timeout: 60_000, message: 'an overdue task of 区司法局 gets its automatic urge' },
        )
        .toBeDefined();
      urgedBySystem = (await unitTasks({ leadUnitId: DEMO.sfjOfficer.unitId, overdue: true })).items.find(
        (task) => task.urges.some((urge) => urge.mode === 'AUTOMATIC'),
      )!;
    });

    it('opens 任务 on the unit’s issued tasks, never on a placeholder, and keeps its filters in the address', async () => {
      const issued = await unitTasks({
        unitId: DEMO.sfjOfficer.unitId,
        statuses: ['ASSIGNED', 'IN_PROGRESS', 'AWAITING_REVIEW', 'HANDOFF_PENDING', 'COMPLETED', 'CANCELLED'],
      });
      const page = await signIn(browser, api, DEMO.sfjOfficer);
      await page
        .getByRole('menuitem')
        .filter({ hasText: /^任务$/ })
        .click();
      await page.waitForURL('**/my/tasks');
      await page.getByTestId('my-tasks-total').getByText(`共 ${issued.total} 项`).waitFor();
      expect(await page.getByText('此功能正在建设中').count()).toBe(0);
      // Drafts of the next year's list are the office's, not yet the unit's.
      expect(await page.getByRole('row', { name: /草稿/ }).count()).toBe(0);

      await page.getByLabel('是否逾期').click();
      await page.locator('.ant-select-dropdown').getByText('仅逾期', { exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('overdue') === 'true');
      const overdue = await unitTasks({
        unitId: DEMO.sfjOfficer.unitId,
        overdue: true,
        statuses: ['ASSIGNED', 'IN_PROGRESS', 'AWAITING_REVIEW', 'HANDOFF_PENDING', 'COMPLETED', 'CANCELLED'],
      });
      await page.getByTestId('my-tasks-total').getByText(`共 ${overdue.total} 项`).waitFor();
      await page.getByRole('row', { name: urgedBySystem.title }).getByTestId('urge-mark').waitFor();
      await screenshot(page, 'unit-my-tasks-overdue-zh');

      // The same address opened afresh shows the same view: a filter can be sent on.
      await page.goto(`${api.baseUrl}/my/tasks?overdue=true&status=COMPLETED`);
      await page.getByTestId('my-tasks-total').getByText('共 0 项').waitFor();
      await page.close();
    });

    it('marks an automatically urged task in the to-do, crediting the system and giving the reason in words', async () => {
      const page = await signIn(browser, api, DEMO.sfjOfficer);
      await page.getByTestId('queue-tab-overdue').click();
      const row = page.getByRole('tabpanel').getByRole('row', { name: urgedBySystem.title });
      const mark = row.getByTestId('urge-mark');
      await mark.waitFor();
      expect(await mark.innerText()).toMatch(/已催办 \d+ 次/);
      await mark.hover();
      const detail = page.getByTestId('urge-detail');
      await detail.waitFor();
      const text = await detail.innerText();
      expect(text).toContain('系统（自动催办）');
      expect(text).toContain('已超过完成时限');
      expect(text).not.toContain('OVERDUE');
      await screenshot(page, 'unit-todo-urged-zh');
      await page.mouse.move(0, 0);
      await detail.waitFor({ state: 'hidden' });

      await row.getByRole('link', { name: urgedBySystem.title }).click();
      await page.waitForURL(`**/tasks/${urgedBySystem.id}`);
      const timeline = page.getByTestId('task-timeline');
      await timeline.waitFor();
      const log = await timeline.innerText();
      expect(log).toContain('系统（自动催办）');
      expect(log).toContain('原因：已超过完成时限');
      expect(log).not.toContain('OVERDUE');
      expect(log).not.toContain('系统管理员');
      await page.close();
    });

    it('lists the unit’s tasks as cards within a phone’s width, each urged one carrying its mark', async () => {
      const page = await signIn(browser, api, DEMO.sfjOfficer, PHONE);
      await page.goto(`${api.baseUrl}/my/tasks?overdue=true`);
      const card = page.getByTestId('task-card').filter({ hasText: urgedBySystem.title });
      await card.waitFor();
      const box = await card.boundingBox();
      expect(box?.width ?? 0).toBeLessThanOrEqual(PHONE.width);
      expect(await card.getByTestId('urge-mark').innerText()).toMatch(/已催办/);
      await screenshot(page, 'unit-my-tasks-phone-zh');
      await page.close();
    });
  },
);
