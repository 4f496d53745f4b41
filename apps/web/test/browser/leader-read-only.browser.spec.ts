import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { reportFailedPages } from './support/failure-report.js';
import { DEMO, signIn, tokenFor } from './support/demo-session.js';
import { graphqlRequest } from './support/graphql-request.js';
import { screenshot } from './support/screenshot.js';

const chromiumPath = findChromium();
// Every command button of the inspection, finding and ledger screens, by its label.
const ACTION_LABELS =
  /新建督察|登记问题|录入评查结果|发布通报|结束督察|^通报$|提交整改方案|反馈整改进度|申请销号|验收销号|退\s*回|挂牌督办/;

describe.skipIf(!chromiumPath && !process.env.CI)('leader in the browser (needs Chromium)', () => {
  let api: RunningApi;
  let browser: LaunchedBrowser;
  reportFailedPages(() => browser);
  let inspectionId = '';
  let openFindingId = '';

  const actionButtons = (page: Page) => page.getByRole('button', { name: ACTION_LABELS });

  beforeAll(async () => {
    if (!chromiumPath)
      throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
    api = await startApi({ seedDemo: true });
    const token = await tokenFor(api, DEMO.inspector);
    // An open inspection with a finding awaiting verification: the state with the most buttons for others.
    const opened = await graphqlRequest<{ openInspection: { id: string } }>(
      api,
      'mutation ($input: OpenInspectionInput!) { openInspection(input: $input) { id } }',
      {
        input: {
          kind: 'RULE_OF_LAW',
          title: '2025年第一季度法治督察',
          teamUserIds: [
            (await graphqlRequest<{ me: { id: string } }>(api, '{ me { id } }', {}, token)).me.id,
          ],
          targetUnitIds: [DEMO.sfjOfficer.unitId],
          periodStart: '2025-01-01',
          periodEnd: '2025-03-31',
        },
      },
      token,
    );
    inspectionId = opened.openInspection.id;
    const logged = await graphqlRequest<{ logFinding: { id: string } }>(
      api,
      'mutation ($input: LogFindingInput!) { logFinding(input: $input) { id } }',
      {
        input: {
          inspectionId,
          unitId: DEMO.sfjOfficer.unitId,
          description: '复议决定未按期送达',
          severity: 'MEDIUM',
          category: '行政复议',
          rectificationDeadline: '2030-06-30',
        },
      },
      token,
    );
    openFindingId = logged.logFinding.id;
    browser = await launchChromium(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows the leader inspections and the ledger beside the workbench and reports', async () => {
    const page = await signIn(browser, api, DEMO.leader);
    const menu = page.locator('.ant-layout-sider').getByRole('menuitem');
    await menu.first().waitFor();
    expect((await menu.allInnerTexts()).map((text) => text.trim())).toEqual([
      '工作台',
      '督察',
      '整改台账',
      '报告',
    ]);
    await page.close();
  });

  it('gives the leader no command button on the inspection list, an inspection, the ledger or a finding', async () => {
    const page = await signIn(browser, api, DEMO.leader);
    await page.goto(`${api.baseUrl}/inspections`);
    await page.getByRole('link', { name: '2025年第一季度法治督察' }).waitFor();
    expect(await actionButtons(page).count()).toBe(0);

    await page.goto(`${api.baseUrl}/inspections/${inspectionId}`);
    await page.getByRole('link', { name: '复议决定未按期送达' }).waitFor();
    expect(await actionButtons(page).count()).toBe(0);
    await screenshot(page, 'leader-inspection-detail-zh');

    await page.goto(`${api.baseUrl}/rectifications`);
    await page.getByRole('link', { name: '复议决定未按期送达' }).waitFor();
    expect(await actionButtons(page).count()).toBe(0);
    await screenshot(page, 'leader-rectification-ledger-zh');

    await page.goto(`${api.baseUrl}/findings/${openFindingId}`);
    await page.getByText('办理记录').waitFor();
    await page.getByText('复议决定未按期送达').first().waitFor();
    expect(await actionButtons(page).count()).toBe(0);
    expect(await page.getByTestId('finding-actions').count()).toBe(0);
    await screenshot(page, 'leader-finding-zh');
    await page.close();
  });

  it('sends the leader to the forbidden page for the unit workspace and the administration screens', async () => {
    const page = await signIn(browser, api, DEMO.leader);
    for (const path of ['/my/todo', '/admin/units', '/inspections/new']) {
      await page.goto(`${api.baseUrl}${path}`);
      await page.waitForURL('**/403');
    }
    await page.close();
  });
});
