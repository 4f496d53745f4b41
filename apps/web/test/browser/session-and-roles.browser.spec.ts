import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { reportFailedPages } from './support/failure-report.js';
import { registerUser } from './support/graphql-request.js';
import { screenshot } from './support/screenshot.js';

const chromiumPath = findChromium();
const office = {
  username: 'office',
  displayName: '王主任',
  role: 'DISTRICT_OFFICE',
  password: 'Office-pass-2024',
};
const SESSION_KEY = 'duban.session';

interface StoredSession {
  accessToken: string;
  refreshToken: string;
}

async function signedInOffice(browser: LaunchedBrowser, api: RunningApi): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${api.baseUrl}/login`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByLabel('用户名').fill(office.username);
  await page.getByLabel('密码').fill(office.password);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/dashboard');
  return page;
}

async function storedSession(page: Page): Promise<StoredSession> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), SESSION_KEY);
  if (!raw) throw new Error('no stored session');
  return JSON.parse(raw) as StoredSession;
}

async function overwriteSession(page: Page, patch: Partial<StoredSession>): Promise<void> {
  await page.evaluate(
    ([key, change]) => {
      const current = JSON.parse(window.localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      window.localStorage.setItem(key, JSON.stringify({ ...current, ...change }));
    },
    [SESSION_KEY, patch] as const,
  );
}

describe.skipIf(!chromiumPath && !process.env.CI)('browser tests (needs Chromium)', () => {
  let api: RunningApi;
  let browser: LaunchedBrowser;
  reportFailedPages(() => browser);

  beforeAll(async () => {
    if (!chromiumPath)
      throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
    api = await startApi();
    await registerUser(api, office);
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows the district office its seven menu entries and the workbench with the user the server knows', async () => {
    const page = await signedInOffice(browser, api);
    const menu = page.locator('.ant-layout-sider').getByRole('menuitem');
    await menu.first().waitFor();
    expect((await menu.allInnerTexts()).map((text) => text.trim())).toEqual([
      '工作台',
      '任务清单',
      '督察',
      '待我处理',
      '整改台账',
      '年度报告',
      '单位与用户',
    ]);
    // The header names the user the server knows; the workbench has no issued list to summarise yet.
    await page.locator('header').getByText('王主任').waitFor();
    await page.getByText('还没有已印发的任务清单，印发后各单位进度将在这里汇总').waitFor();
    await screenshot(page, 'office-dashboard-zh');
    await page.close();
  });

  it('renews an expired access token with the refresh token and carries on', async () => {
    const page = await signedInOffice(browser, api);
    const before = await storedSession(page);
    await overwriteSession(page, { accessToken: 'expired-or-forged' });

    await page.reload();
    // The workbench's `me` query is refused, the link renews the session and the query succeeds.
    await page.waitForFunction(
      (key) => !window.localStorage.getItem(key)?.includes('expired-or-forged'),
      SESSION_KEY,
    );
    await page.locator('header').getByText('王主任').waitFor();
    await page.getByText('还没有已印发的任务清单，印发后各单位进度将在这里汇总').waitFor();
    expect(page.url()).toMatch(/\/dashboard$/);
    const after = await storedSession(page);
    expect(after.accessToken).not.toBe('expired-or-forged');
    expect(after.refreshToken).not.toBe(before.refreshToken);
    await page.close();
  });

  it('sends the user to the login page saying the session expired when the refresh is refused', async () => {
    const page = await signedInOffice(browser, api);
    await overwriteSession(page, { accessToken: 'expired-or-forged', refreshToken: 'revoked' });

    await page.reload();
    await page.waitForURL('**/login');
    await page.getByText('登录已过期，请重新登录').waitFor();
    expect(await page.evaluate((key) => window.localStorage.getItem(key), SESSION_KEY)).toBeNull();
    await screenshot(page, 'session-expired-zh');
    await page.close();
  });
});
