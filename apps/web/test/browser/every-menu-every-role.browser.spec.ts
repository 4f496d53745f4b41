import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { reportFailedPages } from './support/failure-report.js';
import { DEMO, signIn } from './support/demo-session.js';
import type { Credentials } from './support/demo-session.js';

const chromiumPath = findChromium();

/** Codes that must never reach a reader: statuses, roles, modes, thresholds, as stored. */
const RAW_CODE =
  /\b(?:[A-Z]{2,}_)+[A-Z]{2,}\b|\b(?:OVERDUE|ASSIGNED|COMPLETED|CANCELLED|DRAFT|ISSUED|MANUAL|AUTOMATIC|PENDING|APPROVED|REJECTED|LOGGED|NOTIFIED|RECTIFYING|CLOSED|LEAD|COOPERATING|GREEN|YELLOW|RED|DEPARTMENT|TOWNSHIP)\b/;

describe.skipIf(!chromiumPath && !process.env.CI)('every menu entry of every role (needs Chromium)', () => {
  let api: RunningApi;
  let browser: LaunchedBrowser;
  reportFailedPages(() => browser);

  beforeAll(async () => {
    if (!chromiumPath)
      throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
    api = await startApi({ seedDemo: true });
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const roles: [string, Credentials][] = [
    ['the district office', DEMO.office],
    ['a unit officer', DEMO.sfjOfficer],
    ['an inspector', DEMO.inspector],
    ['a leader', DEMO.leader],
    ['an administrator', DEMO.admin],
  ];

  for (const [who, credentials] of roles) {
    it(`leads ${who} through every menu entry to a page of its own, no placeholder, no raw code`, async () => {
      const page = await signIn(browser, api, credentials);
      const items = page.getByRole('menu').first().getByRole('menuitem');
      await items.first().waitFor();
      const count = await items.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index++) {
        const item = items.nth(index);
        const label = (await item.innerText()).replace(/\d+$/, '').trim();
        await item.click();
        // The page has come when its chunk and first answers are in: no spinner of the router's.
        await expect
          .poll(async () => {
            const shown = await page.locator('.ant-layout-content').innerText();
            return shown.trim() !== '' && !shown.includes('加载中');
          })
          .toBe(true);
        await page.waitForLoadState('networkidle');
        const text = await page.locator('.ant-layout-content').innerText();
        expect(text, `${label}: a placeholder`).not.toContain('此功能正在建设中');
        expect(text, `${label}: not found`).not.toContain('您访问的页面不存在');
        expect(text.match(RAW_CODE)?.[0], `${label}: a raw code on the page`).toBeUndefined();
      }
      await page.close();
    });
  }
});
