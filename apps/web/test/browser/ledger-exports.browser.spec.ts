import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TASK_SHEET_HEADERS_ZH_CN } from '@duban/domain';
import { TASK_SHEET_COLUMNS, parseTaskSheet } from '../../src/modules/task-lists/import/parse-task-sheet.js';
import type { SheetCell, TaskSheetColumn } from '../../src/modules/task-lists/import/parse-task-sheet.js';
import { startApi } from './support/api-server.js';
import type { RunningApi } from './support/api-server.js';
import { findChromium, launchChromium } from './support/chromium.js';
import type { LaunchedBrowser } from './support/chromium.js';
import { reportFailedPages } from './support/failure-report.js';
import { DEMO, signIn, tokenFor } from './support/demo-session.js';
import { graphqlRequest } from './support/graphql-request.js';

const chromiumPath = findChromium();

interface ListInfo {
  id: string;
  year: number;
  status: string;
  areas: string[];
}

// Without Chromium the suite is skipped by name locally; under CI a missing browser is a failure.
describe.skipIf(!chromiumPath && !process.env.CI)('ledger exports in the browser (needs Chromium)', () => {
  let api: RunningApi;
  let browser: LaunchedBrowser;
  reportFailedPages(() => browser);
  let list: ListInfo;
  let units: { id: string; name: string }[];

  /** Clicks a labelled export button and reads the workbook the browser saved. */
  const exportFrom = async (page: Page, label: string) => {
    const [download] = (await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label }).click(),
    ])) as [Download, unknown];
    const rows = (await readSheet(readFileSync((await download.path())!))) as unknown as SheetCell[][];
    return { name: download.suggestedFilename(), rows };
  };

  beforeAll(async () => {
    if (!chromiumPath)
      throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
    // Seeding the demo district on a busy machine can take minutes.
    api = await startApi({ seedDemo: true, startTimeoutMs: 300_000 });
    const token = await tokenFor(api, DEMO.office);
    const data = await graphqlRequest<{ taskLists: ListInfo[]; units: { id: string; name: string }[] }>(
      api,
      '{ taskLists { id year status areas } units { id name } }',
      {},
      token,
    );
    list = data.taskLists.find((candidate) => candidate.year === 2024 && candidate.status !== 'DRAFT')!;
    units = data.units;
    browser = await launchChromium(chromiumPath);
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('exports the rectification ledger with the filters applied on the page', async () => {
    const page = await signIn(browser, api, DEMO.office);
    await page.goto(`${api.baseUrl}/rectifications`);
    await page.getByRole('checkbox', { name: '仅看逾期' }).check();
    await page.getByRole('button', { name: /^查\s*询$/ }).click();
    const { name, rows } = await exportFrom(page, '导出整改台账');
    expect(name).toMatch(/^整改台账_\d{8}\.xlsx$/);
    expect(String(rows[0]![0])).toContain('仅逾期');
    expect(rows[1]).toContain('逾期');
    const overdueColumn = rows[1]!.indexOf('逾期');
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows.slice(2)) expect(row[overdueColumn]).toBe('是');
    await page.close();
  });

  it('exports the task ledger of a list, which the importer reads back as a new list', async () => {
    const page = await signIn(browser, api, DEMO.office);
    await page.goto(`${api.baseUrl}/task-lists/${list.id}`);
    const { name, rows } = await exportFrom(page, '导出任务台账');
    expect(name).toMatch(/^任务台账_\d{8}\.xlsx$/);
    expect(rows[1]!.slice(0, 6)).toEqual(Object.values(TASK_SHEET_HEADERS_ZH_CN));
    expect(rows[2]![5]).toBeInstanceOf(Date);
    const headers = Object.fromEntries(
      TASK_SHEET_COLUMNS.map((column) => [column, [TASK_SHEET_HEADERS_ZH_CN[column]]]),
    ) as Record<TaskSheetColumn, string[]>;
    const parsed = parseTaskSheet(rows, { areas: list.areas, units, headers });
    expect(parsed.length).toBe(rows.length - 2);
    expect(parsed.filter((row) => row.errors.length > 0)).toEqual([]);

    const indicators = await exportFrom(page, '导出指标数据');
    expect(indicators.name).toMatch(/^指标数据_\d{8}\.xlsx$/);
    expect(indicators.rows[1]).toEqual(expect.arrayContaining(['指标', '数值', '计量单位']));
    await page.close();
  });

  it('exports progress per department as of the day the workbench shows', async () => {
    const page = await signIn(browser, api, DEMO.office);
    await page.goto(`${api.baseUrl}/dashboard?list=${list.id}&asOf=2024-06-30`);
    const { name, rows } = await exportFrom(page, '导出进度统计');
    expect(name).toBe('进度统计_20240630.xlsx');
    expect(String(rows[0]![0])).toContain('截至2024年6月30日 23:59');
    expect(rows[1]![0]).toBe('单位');
    await page.close();
  });

  it('offers the report in Word, Word with its evidence and Markdown, each for the version on screen', async () => {
    const page = await signIn(browser, api, DEMO.office);
    await page.goto(`${api.baseUrl}/reports?year=2024`);
    // The icons name themselves too, so the buttons are found by how their names end.
    const word = page.getByRole('button', { name: /导出 Word$/ });
    const withEvidence = page.getByRole('button', { name: /导出 Word（附数据来源）$/ });
    const markdown = page.getByRole('button', { name: /导出 Markdown$/ });
    for (const button of [word, withEvidence, markdown]) await button.waitFor({ state: 'visible' });
    await page.getByRole('button', { name: '生成报告草稿' }).click();
    await page.getByText('第 1 版').first().waitFor();
    const [request, download] = await Promise.all([
      page.waitForRequest((candidate) => candidate.url().includes('/annual.docx')),
      page.waitForEvent('download'),
      withEvidence.click(),
    ]);
    const query = new URL(request.url()).searchParams;
    expect([query.get('version'), query.get('evidence')]).toEqual(['1', 'true']);
    expect(download.suggestedFilename()).toBe('2024年法治政府建设情况报告.docx');
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await page.close();
  });
});
