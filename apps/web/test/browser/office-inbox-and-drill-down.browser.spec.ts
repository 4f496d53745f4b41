import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { reportFailedPages } from './support/failure-report.js';
import { DEMO, PHONE, buttonName, signIn, tokenFor } from './support/demo-session.js';
import { graphqlRequest } from './support/graphql-request.js';
import { screenshot } from './support/screenshot.js';

const chromiumPath = findChromium();

const OPEN_TASKS = `query ($after: String) { tasks(filter: { statuses: [ASSIGNED, IN_PROGRESS, AWAITING_REVIEW, HANDOFF_PENDING] }, page: { first: 50, after: $after }) {
  items { id title status pendingHandoff { requestedAt } pendingExtension { requestedAt } } nextCursor
} }`;
interface OpenTask {
  id: string;
  title: string;
  status: string;
  pendingHandoff: object | null;
  pendingExtension: object | null;
}

describe.skipIf(!chromiumPath && !process.env.CI)(
  'the office’s inbox and the dashboard’s numbers (needs Chromium)',
  () => {
    let api: RunningApi;
    let browser: LaunchedBrowser;
    reportFailedPages(() => browser);
    let token: string;

    const openTasks = async (): Promise<OpenTask[]> => {
      const all: OpenTask[] = [];
      let after: string | null = null;
      do {
        const { tasks }: { tasks: { items: OpenTask[]; nextCursor: string | null } } = await graphqlRequest(
          api,
          OPEN_TASKS,
          { after },
          token,
        );
        all.push(...tasks.items);
        after = tasks.nextCursor;
      } while (after);
      return all;
    };
    const waiting = (tasks: OpenTask[]) =>
      tasks.reduce(
        (sum, task) =>
          sum +
          (task.pendingHandoff ? 1 : 0) +
          (task.pendingExtension ? 1 : 0) +
          (task.status === 'AWAITING_REVIEW' ? 1 : 0),
        0,
      );

    beforeAll(async () => {
      if (!chromiumPath)
        throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
      api = await startApi({ seedDemo: true });
      token = await tokenFor(api, DEMO.office);
      browser = await launchChromium(chromiumPath);
    });

    afterAll(async () => {
      await browser?.close();
      await api?.stop();
    });

    it('opens a unit’s overdue tasks from its count on the dashboard, the filter kept in a shareable address', async () => {
      const page = await signIn(browser, api, DEMO.office);
      await page.waitForURL('**/dashboard**');
      const link = page.getByTestId('drill-overdue-sfj');
      const count = Number((await link.innerText()).trim());
      await link.click();
      await page.waitForURL((url) => url.pathname === '/tasks' && url.searchParams.get('unit') === 'sfj');
      expect(new URL(page.url()).searchParams.get('overdue')).toBe('true');
      await page.getByTestId('my-tasks-total').getByText(`共 ${count} 项`).waitFor();
      await screenshot(page, 'office-drill-down-overdue-zh');
      const address = page.url();
      await page.close();

      // A leader opening the same address sees the same list and can open a task, read-only.
      const leader = await signIn(browser, api, DEMO.leader);
      await leader.goto(address);
      await leader.getByTestId('my-tasks-total').getByText(`共 ${count} 项`).waitFor();
      if (count > 0) {
        await leader.getByRole('row').nth(1).getByRole('link').first().click();
        await leader.waitForURL('**/tasks/**');
        await leader.getByTestId('task-timeline').waitFor();
        expect(await leader.getByRole('group', { name: '可办理的操作' }).count()).toBe(0);
      }
      await leader.close();
    });

    it('draws every unit in the per-unit completion chart, 0% ones included', async () => {
      const { units } = await graphqlRequest<{ units: { name: string }[] }>(
        api,
        '{ units { name } }',
        {},
        token,
      );
      expect(units.length).toBeGreaterThan(8);
      const page = await signIn(browser, api, DEMO.office);
      await page.waitForURL('**/dashboard**');
      const chart = page.getByRole('figure', { name: '各单位办结率' });
      await chart.locator('svg').waitFor({ state: 'attached' });
      await expect
        .poll(async () => {
          const text = await chart.locator('svg').textContent();
          return units.filter((unit) => !text?.includes(unit.name)).map((unit) => unit.name);
        })
        .toEqual([]);
      await screenshot(page, 'office-dashboard-charts-zh');
      await page.close();
    });

    it('lists every decision waiting for the office, oldest first, with its count on the menu badge', async () => {
      const expected = waiting(await openTasks());
      expect(expected, 'the demo district leaves decisions for the office').toBeGreaterThan(0);
      const page = await signIn(browser, api, DEMO.office);
      await page.getByTestId('inbox-badge').getByText(String(expected)).waitFor();
      await page
        .getByRole('menuitem')
        .filter({ hasText: /^待我处理/ })
        .click();
      await page.waitForURL('**/inbox');
      await expect.poll(() => page.locator('[data-testid^="inbox-item-"]').count()).toBe(expected);
      await screenshot(page, 'office-inbox-zh');
      await page.close();
    });

    it('accepts a completion from the inbox on a phone, and the item leaves it', async () => {
      const review = (await openTasks()).find((task) => task.status === 'AWAITING_REVIEW');
      expect(review, 'the demo district has a task awaiting review').toBeDefined();
      const page = await signIn(browser, api, DEMO.office, PHONE);
      await page.goto(`${api.baseUrl}/inbox`);
      const item = page.getByTestId('inbox-item-review').filter({ hasText: review!.title });
      await item.getByRole('button', { name: buttonName('审核通过') }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: buttonName('确定') })
        .click();
      await item.waitFor({ state: 'detached' });
      const { task } = await graphqlRequest<{ task: { status: string } }>(
        api,
        'query ($id: ID!) { task(id: $id) { status } }',
        { id: review!.id },
        token,
      );
      expect(task.status).toBe('COMPLETED');
      await screenshot(page, 'office-inbox-phone-zh');
      await page.close();
    });
  },
);
