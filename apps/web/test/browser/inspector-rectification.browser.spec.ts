import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { DEMO, buttonName, signIn, tokenFor, typeDate, uploadText } from './support/demo-session.js';
import { reportFailedPages } from './support/failure-report.js';
import { graphqlRequest } from './support/graphql-request.js';
import { screenshot } from './support/screenshot.js';

const chromiumPath = findChromium();
const TITLE = '2024年度行政执法专项督察';
const FIRST = '行政处罚决定书未载明救济途径';
const SECOND = '执法人员持证上岗信息未公示';

interface FindingState {
  status: string;
  returns: number;
  escalated: boolean;
  escalationReason: string | null;
}

describe.skipIf(!chromiumPath && !process.env.CI)(
  'inspection and rectification in the browser (needs Chromium)',
  () => {
    let api: RunningApi;
    let browser: LaunchedBrowser;
    reportFailedPages(() => browser);
    let inspectorToken: string;
    let unitToken: string;
    let inspectionId = '';
    let firstFindingId = '';
    let secondFindingId = '';

    const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
      graphqlRequest<T>(api, query, variables, token);
    const findingState = async (id: string) =>
      (
        await gql<{ finding: FindingState }>(
          inspectorToken,
          'query ($id: ID!) { finding(id: $id) { status returns escalated escalationReason } }',
          { id },
        )
      ).finding;
    // The unit's side of rectification, set up over GraphQL: a plan, then closure with evidence.
    const unitRectifies = async (findingId: string) => {
      await gql(
        unitToken,
        'mutation ($input: SubmitRectificationPlanInput!) { submitRectificationPlan(input: $input) { id } }',
        {
          input: {
            findingId,
            plan: '逐件补正文书并开展专项培训',
            measures: ['补正已作出的处罚决定书', '修订文书模板'],
            plannedCompletionDate: '2030-05-31',
          },
        },
      );
      const evidence = await uploadText(
        api,
        unitToken,
        '整改报告.txt',
        '已补正处罚决定书14件，修订文书模板1套。',
      );
      await gql(
        unitToken,
        'mutation ($input: RequestFindingClosureInput!) { requestFindingClosure(input: $input) { id } }',
        {
          input: { findingId, summary: '已全部整改到位', evidence: [evidence] },
        },
      );
    };
    const confirmPopover = (page: Page) =>
      page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: buttonName('确定') })
        .click();

    beforeAll(async () => {
      if (!chromiumPath)
        throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
      api = await startApi({ seedDemo: true });
      inspectorToken = await tokenFor(api, DEMO.inspector);
      unitToken = await tokenFor(api, DEMO.sfjOfficer);
      browser = await launchChromium(chromiumPath);
    });

    afterAll(async () => {
      await browser?.close();
      await api?.stop();
    });

    it('opens an inspection from the form, which says in Chinese what is missing', async () => {
      const page = await signIn(browser, api, DEMO.inspector);
      await page.waitForURL('**/inspections');
      await page.getByRole('button', { name: '新建督察' }).click();
      await page.waitForURL('**/inspections/new');
      await page.getByRole('button', { name: '开始督察' }).click();
      await page.getByText('请填写督察标题').waitFor();
      await page.getByText('请至少选择一家单位').waitFor();
      await screenshot(page, 'inspector-create-validation-zh');

      // Dates first: Enter confirms a typed date and would submit the form once it is complete.
      await typeDate(page.getByPlaceholder('开始日期'), '2024-01-01');
      await typeDate(page.getByPlaceholder('结束日期'), '2024-12-31');
      await page.getByLabel('督察标题').fill(TITLE);
      await page.getByLabel('督察对象单位').click();
      await page.keyboard.type(DEMO.sfjOfficer.unitName);
      await page.locator('.ant-select-item-option', { hasText: DEMO.sfjOfficer.unitName }).first().click();
      await page.keyboard.press('Escape');
      await screenshot(page, 'inspector-create-filled-zh');
      await page.getByRole('button', { name: '开始督察' }).click();
      await page.waitForURL(/\/inspections\/(?!new)[^/]+$/);
      inspectionId = page.url().split('/').pop()!;
      await page.getByRole('heading', { name: TITLE }).waitFor();
      expect(
        (
          await gql<{ inspection: { title: string; targetUnitIds: string[] } }>(
            inspectorToken,
            'query ($id: ID!) { inspection(id: $id) { title targetUnitIds } }',
            { id: inspectionId },
          )
        ).inspection,
      ).toEqual({ title: TITLE, targetUnitIds: [DEMO.sfjOfficer.unitId] });
      await page.close();
    });

    it('logs a finding against the target unit and notifies it after confirmation', async () => {
      const page = await signIn(browser, api, DEMO.inspector);
      await page.goto(`${api.baseUrl}/inspections/${inspectionId}`);
      await page.getByRole('button', { name: '登记问题' }).click();
      const dialog = page.getByRole('dialog');
      await typeDate(dialog.getByLabel('整改期限'), '2030-06-30');
      await dialog.getByLabel('被督察单位').click();
      await page.locator('.ant-select-item-option', { hasText: DEMO.sfjOfficer.unitName }).click();
      await dialog.getByLabel('问题描述').fill(FIRST);
      await dialog.getByLabel('问题类别').fill('文书制作');
      await dialog.getByRole('button', { name: buttonName('提交') }).click();
      await page.getByText('问题已登记').waitFor();

      const row = page.getByRole('row', { name: new RegExp(FIRST) });
      await row.getByText('已登记').waitFor();
      await row.getByRole('button', { name: '通报' }).click();
      await confirmPopover(page);
      await row.getByText('已通报').waitFor();
      await screenshot(page, 'inspector-inspection-detail-zh');

      const ledger = await gql<{
        rectificationLedger: { items: { id: string; description: string; status: string }[] };
      }>(
        inspectorToken,
        'query ($filter: FindingFilterInput) { rectificationLedger(filter: $filter) { items { id description status } } }',
        { filter: { inspectionId } },
      );
      expect(ledger.rectificationLedger.items).toEqual([
        expect.objectContaining({ description: FIRST, status: 'NOTIFIED' }),
      ]);
      firstFindingId = ledger.rectificationLedger.items[0]!.id;
      await page.close();
    });

    it('verifies and closes a finding once the unit has planned it and asked for closure', async () => {
      await unitRectifies(firstFindingId);
      const page = await signIn(browser, api, DEMO.inspector);
      await page.goto(`${api.baseUrl}/findings/${firstFindingId}`);
      await page.getByText('待验收').first().waitFor();
      await page.getByRole('button', { name: '验收销号' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('验收通过后问题即销号，不可撤回。').waitFor();
      await dialog.getByLabel('验收意见').fill('整改到位，同意销号');
      await dialog.getByRole('button', { name: '验收销号' }).click();
      await page.getByText('已验收销号').first().waitFor();
      await page.getByTestId('finding-actions').waitFor({ state: 'detached' });
      expect((await findingState(firstFindingId)).status).toBe('CLOSED');
      await screenshot(page, 'inspector-finding-closed-zh');
      await page.close();
    });

    it('returns a rectification with a reason, which the finding then shows', async () => {
      const logged = await gql<{ logFinding: { id: string } }>(
        inspectorToken,
        'mutation ($input: LogFindingInput!) { logFinding(input: $input) { id } }',
        {
          input: {
            inspectionId,
            unitId: DEMO.sfjOfficer.unitId,
            description: SECOND,
            severity: 'HIGH',
            category: '执法公示',
            rectificationDeadline: '2030-06-30',
          },
        },
      );
      secondFindingId = logged.logFinding.id;
      await gql(inspectorToken, 'mutation ($id: ID!) { notifyFinding(findingId: $id) { id } }', {
        id: secondFindingId,
      });
      await unitRectifies(secondFindingId);

      const page = await signIn(browser, api, DEMO.inspector);
      await page.goto(`${api.baseUrl}/findings/${secondFindingId}`);
      await page.getByRole('button', { name: buttonName('退回') }).click();
      const dialog = page.getByRole('dialog');
      // The dialog is open with its field before the empty submit.
      await dialog.getByLabel('退回理由').waitFor();
      await dialog.getByRole('button', { name: buttonName('退回') }).click();
      await dialog.getByText('请填写退回理由').waitFor();
      await dialog.getByLabel('退回理由').fill('公示信息未覆盖派出机构');
      await dialog.getByRole('button', { name: buttonName('退回') }).click();
      await page.getByText('已退回整改').waitFor();
      await page.getByText('理由：公示信息未覆盖派出机构').waitFor();
      expect(await findingState(secondFindingId)).toMatchObject({ status: 'RECTIFYING', returns: 1 });
      await page.close();
    });

    it('issues a notice after confirmation and downloads it as Markdown', async () => {
      const page = await signIn(browser, api, DEMO.inspector);
      await page.goto(`${api.baseUrl}/inspections/${inspectionId}`);
      await page.getByRole('button', { name: '发布通报' }).click();
      await page.getByText('发布通报后将按当前问题状态形成正式通报，不可撤回。确定发布？').waitFor();
      await confirmPopover(page);
      await page.getByText('通报已发布').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载通报' }).click(),
      ]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      const markdown = readFileSync(path, 'utf8');
      expect(markdown).toContain(FIRST);
      expect(markdown).toContain(SECOND);
      expect(download.suggestedFilename()).toMatch(/\.md$/);
      await page.close();
    });

    it('lets the district office escalate an open finding, with a reason, from the ledger', async () => {
      const page = await signIn(browser, api, DEMO.office);
      await page.goto(`${api.baseUrl}/rectifications`);
      await page.getByRole('link', { name: SECOND }).waitFor();
      await screenshot(page, 'office-rectification-ledger-zh');
      await page.getByRole('link', { name: SECOND }).click();
      await page.waitForURL(`**/findings/${secondFindingId}`);
      await page.getByRole('button', { name: '挂牌督办' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('挂牌督办将通报全区，不可撤销。').waitFor();
      await dialog.getByLabel('督办理由').fill('整改两次未到位，挂牌督办');
      await dialog.getByRole('button', { name: '挂牌督办' }).click();
      await page.getByText('已挂牌督办').waitFor();
      await page.getByRole('button', { name: '挂牌督办' }).waitFor({ state: 'detached' });
      expect(await findingState(secondFindingId)).toMatchObject({
        escalated: true,
        escalationReason: '整改两次未到位，挂牌督办',
      });
      await screenshot(page, 'office-finding-escalated-zh');
      await page.close();
    });
  },
);
