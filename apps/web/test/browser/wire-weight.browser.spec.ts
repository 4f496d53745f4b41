import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { reportFailedPages } from './support/failure-report.js';
import { DEMO } from './support/demo-session.js';

const chromiumPath = findChromium();

/**
 * What a cold browser receives, in bytes as transferred (compressed bodies plus headers). Budgets in
 * kB (1000 bytes) of JavaScript; the product's goals are 150 kB for the login page and 300 kB for
 * login then the dashboard with its charts drawn. The budgets here hold the line at what the app
 * weighs today, so it can only get lighter; see docs/operations.md for the figures.
 */
const LOGIN_JS_BUDGET_KB = 280;
const DASHBOARD_JS_BUDGET_KB = 560;

interface Transfer {
  url: string;
  type: string;
  status: number;
  encoding: string | undefined;
  cacheControl: string | undefined;
  bytes: number;
}

/** Records every response of the page with its size on the wire, the cache disabled as on a first visit. */
async function recordTransfers(cdp: CDPSession): Promise<Transfer[]> {
  const transfers: Transfer[] = [];
  const pending = new Map<string, Omit<Transfer, 'bytes'>>();
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    pending.set(event.requestId, {
      url: event.response.url,
      type: event.type,
      status: event.response.status,
      encoding: headers['content-encoding'],
      cacheControl: headers['cache-control'],
    });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = pending.get(event.requestId);
    if (response) transfers.push({ ...response, bytes: event.encodedDataLength });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return transfers;
}

const scripts = (transfers: Transfer[]) => transfers.filter((t) => new URL(t.url).pathname.endsWith('.js'));
const expectCompressed = (transfer: Transfer) => expect(transfer.encoding, transfer.url).toBe('br');
const kB = (transfers: Transfer[]) => transfers.reduce((sum, t) => sum + t.bytes, 0) / 1000;

describe.skipIf(!chromiumPath && !process.env.CI)('what a browser downloads (needs Chromium)', () => {
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

  const coldPage = async (): Promise<{ page: Page; transfers: Transfer[] }> => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const cdp = await browser.context.newCDPSession(page);
    const transfers = await recordTransfers(cdp);
    return { page, transfers };
  };

  it('loads the login page compressed, within its JavaScript budget, with no missing file', async () => {
    const { page, transfers } = await coldPage();
    await page.goto(`${api.baseUrl}/login`);
    await page.getByLabel('用户名').waitFor();
    await page.waitForLoadState('networkidle');
    const js = scripts(transfers);
    expect(js.length).toBeGreaterThan(0);
    for (const script of js) expectCompressed(script);
    for (const script of js.filter((t) => t.url.includes('/assets/')))
      expect(script.cacheControl, script.url).toBe('public, max-age=31536000, immutable');
    const html = transfers.find((t) => t.type === 'Document');
    expect(html?.cacheControl).toBe('no-cache');
    // The favicon is there: a cold load asks for nothing that is missing.
    expect(transfers.filter((t) => t.status >= 400).map((t) => t.url)).toEqual([]);
    console.log(`login page: ${kB(js).toFixed(1)} kB of JavaScript over the wire in ${js.length} files`);
    expect(kB(js)).toBeLessThanOrEqual(LOGIN_JS_BUDGET_KB);
    await page.close();
  });

  it('signs in and draws the dashboard’s charts within the budget, GraphQL answers compressed', async () => {
    const { page, transfers } = await coldPage();
    await page.goto(`${api.baseUrl}/login`);
    await page.evaluate(() => window.localStorage.clear());
    await page.getByLabel('用户名').fill(DEMO.office.username);
    await page.getByLabel('密码').fill(DEMO.office.password);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/dashboard**');
    for (const chart of ['各单位办结率', '每周进展趋势'])
      // Drawn: ECharts has loaded and rendered the chart's SVG.
      await page.getByRole('figure', { name: chart }).locator('svg').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const js = scripts(transfers);
    for (const script of js) expectCompressed(script);
    // Every sizeable answer comes compressed; only small ones (under a kilobyte of body) go as they are.
    const graphql = transfers.filter((t) => new URL(t.url).pathname === '/graphql');
    expect(graphql.some((answer) => answer.encoding === 'br')).toBe(true);
    for (const answer of graphql.filter((t) => t.encoding !== 'br')) expect(answer.bytes).toBeLessThan(2500);
    console.log(
      `login then dashboard: ${kB(js).toFixed(1)} kB of JavaScript over the wire in ${js.length} files`,
    );
    expect(kB(js)).toBeLessThanOrEqual(DASHBOARD_JS_BUDGET_KB);
    await page.close();
  });
});
