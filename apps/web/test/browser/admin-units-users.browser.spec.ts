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
const UNIT = '区数据局';
const OFFICER = { username: 'sjj.officer', displayName: '区数据局联络员', password: 'Shuju#Officer2024' };

interface UnitRow {
  id: string;
  name: string;
  kind: string;
  retired: boolean;
}

describe.skipIf(!chromiumPath && !process.env.CI)(
  'system administrator in the browser (needs Chromium)',
  () => {
    let api: RunningApi;
    let browser: LaunchedBrowser;
    reportFailedPages(() => browser);
    let token: string;
    const units = async () =>
      (
        await graphqlRequest<{ units: UnitRow[] }>(
          api,
          '{ units(includeRetired: true) { id name kind retired } }',
          {},
          token,
        )
      ).units;

    beforeAll(async () => {
      if (!chromiumPath)
        throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
      api = await startApi({ seedDemo: true });
      token = await tokenFor(api, DEMO.admin);
      browser = await launchChromium(chromiumPath);
    });

    afterAll(async () => {
      await browser?.close();
      await api?.stop();
    });

    it('registers a unit, after saying in Chinese that its name is missing', async () => {
      const page = await signIn(browser, api, DEMO.admin);
      await page.waitForURL('**/admin/units');
      await page.getByRole('button', { name: '新增单位' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: buttonName('提交') }).click();
      await dialog.getByText('请填写单位名称').waitFor();
      await dialog.getByLabel('单位名称').fill(UNIT);
      await dialog.getByRole('button', { name: buttonName('提交') }).click();
      await page.getByText('单位已新增').waitFor();
      await page.getByRole('row', { name: new RegExp(UNIT) }).waitFor();
      expect((await units()).filter((unit) => unit.name === UNIT)).toEqual([
        expect.objectContaining({ name: UNIT, kind: 'DEPARTMENT', retired: false }),
      ]);
      await screenshot(page, 'admin-units-zh');
      await page.close();
    });

    it("registers the new unit's officer, showing the server's password rule when the first one is too weak", async () => {
      const page = await signIn(browser, api, DEMO.admin);
      await page.getByRole('tab', { name: '用户' }).click();
      await page.getByRole('button', { name: '新增用户' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('用户名').fill(OFFICER.username);
      await dialog.getByLabel('姓名').fill(OFFICER.displayName);
      await dialog.getByLabel('所属单位').click();
      await page.keyboard.type(UNIT);
      await page.locator('.ant-select-item-option', { hasText: UNIT }).click();
      await dialog.getByLabel('初始密码').fill('short');
      await dialog.getByRole('button', { name: buttonName('提交') }).click();
      await dialog.getByText('密码至少 10 位').waitFor();
      await dialog.getByLabel('初始密码').fill('abcdefghijkl');
      await dialog.getByRole('button', { name: buttonName('提交') }).click();
      await dialog.getByRole('alert').getByText('密码强度不足', { exact: false }).waitFor();
      await screenshot(page, 'admin-register-user-refused-zh');
      await dialog.getByLabel('初始密码').fill(OFFICER.password);
      await dialog.getByRole('button', { name: buttonName('提交') }).click();
      await page.getByText('用户已新增').waitFor();
      const row = page.getByRole('row', { name: new RegExp(OFFICER.username) });
      await row.getByText(UNIT, { exact: true }).waitFor();
      await row.getByText('单位联络员').waitFor();
      await screenshot(page, 'admin-users-zh');

      // The account works: the new officer signs in and acts for the new unit.
      const unitId = (await units()).find((unit) => unit.name === UNIT)!.id;
      const { login } = await graphqlRequest<{ login: { user: { role: string; unitId: string } } }>(
        api,
        'mutation ($input: LoginInput!) { login(input: $input) { user { role unitId } } }',
        { input: { username: OFFICER.username, password: OFFICER.password } },
      );
      expect(login.user).toEqual({ role: 'UNIT_OFFICER', unitId });
      await page.close();
    });

    it('finds users by name or unit and never offers disabling one’s own account', async () => {
      const page = await signIn(browser, api, DEMO.admin);
      await page.getByRole('tab', { name: '用户' }).click();
      await page.getByRole('row', { name: /sfj\.officer/ }).waitFor();
      await page.getByLabel('搜索用户').fill('区司法局');
      await page.getByRole('row', { name: /sfj\.officer/ }).waitFor();
      await page.getByRole('row', { name: /liyang\.officer/ }).waitFor({ state: 'detached' });
      await page.getByLabel('搜索用户').fill('demo.admin');
      const own = page.getByRole('row', { name: /demo\.admin/ });
      await own.getByRole('button', { name: buttonName('调整角色') }).waitFor();
      expect(await own.getByRole('button', { name: buttonName('停用') }).count()).toBe(0);
      await page.close();
    });

    it('retires a unit only after a reason and a warning that it cannot be undone', async () => {
      const page = await signIn(browser, api, DEMO.admin);
      const row = page.getByRole('row', { name: new RegExp(UNIT) });
      await row.getByRole('button', { name: buttonName('撤销') }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('撤销后该单位保留历史记录，但不再接收新任务，且不可恢复。').waitFor();
      await dialog.getByRole('button', { name: buttonName('撤销') }).click();
      await dialog.getByText('请填写撤销原因').waitFor();
      expect((await units()).find((unit) => unit.name === UNIT)?.retired).toBe(false);
      await dialog.getByLabel('撤销原因').fill('机构改革，职能并入区政务服务中心');
      await dialog.getByRole('button', { name: buttonName('撤销') }).click();
      await page.getByText('单位已撤销').waitFor();
      await row.getByText('已撤销').waitFor();
      expect((await units()).find((unit) => unit.name === UNIT)?.retired).toBe(true);
      await page.close();
    });
  },
);
