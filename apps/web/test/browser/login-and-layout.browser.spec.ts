import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { reportFailedPages } from './support/failure-report.js';
import { screenshot } from './support/screenshot.js';

const chromiumPath = findChromium();

async function menuLabels(page: Page): Promise<string[]> {
  const items = page.locator('.ant-layout-sider').getByRole('menuitem');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((text) => text.trim());
}

async function freshPage(browser: LaunchedBrowser, api: RunningApi): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${api.baseUrl}/login`);
  // The browser profile is shared by the tests of this file; each starts signed out, in Chinese.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  return page;
}

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.keyboard.press('Enter');
}

// Without Chromium the suite is skipped by name locally; under CI a missing browser is a failure.
describe.skipIf(!chromiumPath && !process.env.CI)('browser tests (needs Chromium)', () => {
  let api: RunningApi;
  let browser: LaunchedBrowser;
  reportFailedPages(() => browser);

  beforeAll(async () => {
    if (!chromiumPath)
      throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
    api = await startApi();
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('logs the administrator in, shows the admin menu, switches to English and logs out', async () => {
    const page = await freshPage(browser, api);

    await page.getByLabel('用户名').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login_username');
    await page.keyboard.press('Enter');
    await page.getByText('请输入用户名').waitFor();
    await page.getByText('请输入密码').waitFor();

    await logIn(page, api.adminUsername, 'not-the-password');
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    await screenshot(page, 'login-wrong-password-zh');

    await page.getByLabel('密码').fill(api.adminPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/admin/units');
    expect(await menuLabels(page)).toEqual(['单位与用户']);
    await page.getByRole('button', { name: '新增单位' }).waitFor();
    expect(await page.getByTestId('header-role').innerText()).toBe('系统管理员');
    await screenshot(page, 'admin-layout-zh');

    await page.getByText('English', { exact: true }).click();
    await page.locator('.ant-layout-sider').getByRole('menuitem', { name: 'Units & users' }).waitFor();
    expect(await page.getByTestId('header-role').innerText()).toBe('System administrator');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');

    await page.reload();
    expect(await menuLabels(page)).toEqual(['Units & users']);
    await screenshot(page, 'admin-layout-en');

    await page.getByRole('button', { name: 'User menu' }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL('**/login');
    await page.getByText('You have logged out.').waitFor();
    await screenshot(page, 'logged-out-en');

    // The session is gone: a protected page sends the visitor back to the login form.
    await page.goto(`${api.baseUrl}/admin/units`);
    await page.waitForURL('**/login');
    await page.close();
  });

  it('answers a page outside the role with 403 and an unknown address with 404', async () => {
    const page = await freshPage(browser, api);
    await logIn(page, api.adminUsername, api.adminPassword);
    await page.waitForURL('**/admin/units');

    await page.goto(`${api.baseUrl}/dashboard`);
    await page.waitForURL('**/403');
    await page.getByText('抱歉，您无权访问此页面').waitFor();
    await screenshot(page, 'forbidden-zh');

    await page.goto(`${api.baseUrl}/no-such-page`);
    await page.getByText('抱歉，您访问的页面不存在').waitFor();
    await page.close();
  });
});
