import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  HALF_WIDTH_BESIDE_CJK,
  TASK_SHEET_HEADERS_ZH_CN,
  buildDepartmentProgress,
  buildHandoffRecord,
  buildIndicatorLedger,
  buildRectificationLedger,
  buildTaskLedger,
  figureTaskOfRecord,
  leadPercentOf,
} from '@duban/domain';
import { DISTRICT_INDICATOR_RULES } from '../../src/modules/reports/config/district-indicator-rules.js';
import { DISTRICT_REPORT_ISSUERS } from '../../src/modules/reports/config/district-report-issuers.js';
import { renderAnnualReportDocx } from '../../src/modules/reports/exports/render-annual-report-docx.js';
import {
  renderHandoffRecord,
  renderIndicatorLedger,
  renderProgressLedger,
  renderRectificationLedger,
  renderTaskLedger,
} from '../../src/modules/reports/exports/render-ledger-workbooks.js';
import { LIST_2024 } from './changjiang-2024.history.js';
import { REPORT_AS_OF, changjiang2024Logged, changjiang2024Report } from './official-document-fixture.js';

const attribute = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
/** The style element with this id. */
const styleXml = (styles: string, id: string) =>
  new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

const docxParts = async (evidence: boolean) => {
  const { report, log } = changjiang2024Report();
  const zip = await JSZip.loadAsync(
    await renderAnnualReportDocx(report, {
      issuers: DISTRICT_REPORT_ISSUERS,
      evidence,
      unitName: log.unitName,
    }),
  );
  const read = (name: string) => zip.file(name)!.async('string');
  return {
    report,
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    fonts: await read('word/fontTable.xml'),
    settings: await read('word/settings.xml'),
    footers: await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d+\.xml$/.test(name))
        .map(read),
    ),
  };
};

describe('the annual report as an official document (GB/T 9704-2012)', async () => {
  const { report, document, styles, fonts, settings, footers } = await docxParts(false);
  const twips = (mm: number) => (mm / 25.4) * 1440;

  it('sets an A4 page with margins of 37, 35, 28 and 26 mm', () => {
    expect(Number(attribute(document, 'w:pgSz', 'w:w'))).toBeCloseTo(twips(210), -1);
    expect(Number(attribute(document, 'w:pgSz', 'w:h'))).toBeCloseTo(twips(297), -1);
    for (const [side, mm] of [
      ['top', 37],
      ['bottom', 35],
      ['left', 28],
      ['right', 26],
    ] as const) {
      expect(Math.abs(Number(attribute(document, 'w:pgMar', `w:${side}`)) - twips(mm)), side).toBeLessThan(1);
    }
  });

  it('holds 22 lines of 28 characters of 3号 type on a page', () => {
    const height =
      Number(attribute(document, 'w:pgSz', 'w:h')) -
      Number(attribute(document, 'w:pgMar', 'w:top')) -
      Number(attribute(document, 'w:pgMar', 'w:bottom'));
    const width =
      Number(attribute(document, 'w:pgSz', 'w:w')) -
      Number(attribute(document, 'w:pgMar', 'w:left')) -
      Number(attribute(document, 'w:pgMar', 'w:right'));
    const pitch = Number(attribute(document, 'w:docGrid', 'w:linePitch'));
    expect(attribute(document, 'w:docGrid', 'w:type')).toBe('lines');
    expect(Math.floor(height / pitch)).toBe(22);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(attribute(defaults, 'w:sz', 'w:val')).toBe('32');
    expect(attribute(defaults, 'w:spacing', 'w:line')).toBe(String(pitch));
    expect(attribute(defaults, 'w:spacing', 'w:lineRule')).toBe('exact');
    const characterPitch = 16 * 20 + Number(/<w:rPr>[\s\S]*?<w:spacing w:val="(-?\d+)"/.exec(defaults)![1]);
    expect(Math.floor(width / characterPitch)).toBe(28);
  });

  it('names the official faces by level, each with its fallbacks declared', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(attribute(defaults, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    const title = styleXml(styles, 'Title');
    expect(attribute(title, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attribute(title, 'w:sz', 'w:val')).toBe('44');
    expect(attribute(styleXml(styles, 'Heading1'), 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    expect(attribute(styleXml(styles, 'Heading2'), 'w:rFonts', 'w:eastAsia')).toBe('楷体_GB2312');
    expect(attribute(styleXml(styles, 'Heading3'), 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(styleXml(styles, 'Heading3')).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    const fallback = (name: string) =>
      new RegExp(`<w:font w:name="${name}"><w:altName w:val="([^"]+)"`).exec(fonts)?.[1];
    expect([fallback('方正小标宋简体'), fallback('华文中宋')]).toEqual(['华文中宋', 'SimSun']);
    expect(fallback('仿宋_GB2312')).toBe('FangSong');
    expect(fallback('楷体_GB2312')).toBe('KaiTi');
    expect(fallback('黑体')).toBe('SimHei');
  });

  it('numbers pages "— 1 —" at the foot, outer side on odd and even pages', () => {
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('— ');
      expect(footer).toMatch(/PAGE/);
      expect(footer).toContain(' —');
    }
    expect(footers.map((footer) => attribute(footer, 'w:jc', 'w:val')).sort()).toEqual(['left', 'right']);
  });

  it('writes the prose with full-width punctuation and ends with the issuing offices and the date', () => {
    const outsideTables = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
    const paragraphs = [...outsideTables.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((match) => textOf(match[0]));
    const prose = paragraphs.filter((text) => text !== '');
    expect(prose[0]).toBe(report.title);
    for (const text of prose) expect(text).not.toMatch(HALF_WIDTH_BESIDE_CJK);
    expect(prose.join('')).toContain('共部署任务9项，已完成8项，任务完成率88.9%。');
    expect(prose.slice(-3)).toEqual(['中共昌江区委', '昌江区人民政府', '2025年2月12日']);
  });

  it('gives each section’s figures as a real table with a repeated header row', () => {
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThan(5);
    expect(tables[0]).toContain('<w:tblHeader/>');
    expect(textOf(tables[0]!)).toContain('88.9%（8/9）');
    expect(document).not.toContain('数据来源与核实情况');
  });

  it('appends the evidence trail when asked: each figure with its events, units and days', async () => {
    const withEvidence = await docxParts(true);
    const text = textOf(withEvidence.document);
    expect(text).toContain('附件');
    expect(text).toContain('数据来源与核实情况');
    expect(text).toMatch(/报送进度（区司法局，2024年\d+月\d+日）：task-mediation#\d+/);
    expect(text).toMatch(/交办任务（区依法治区办，2024年1月\d+日）：task-deploy#1、task-quiet#1/);
  });
});

const loadSheet = async (buffer: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(buffer);
  return {
    sheet: workbook.worksheets[0]!,
    sheetXml: await zip.file('xl/worksheets/sheet1.xml')!.async('string'),
    workbookXml: await zip.file('xl/workbook.xml')!.async('string'),
  };
};

describe('the ledgers as spreadsheets', async () => {
  const { log } = changjiang2024Report();
  const heading = { scope: '《2024年任务清单》', asOf: REPORT_AS_OF };
  const tasks = await loadSheet(
    await renderTaskLedger(
      buildTaskLedger(log, {
        taskListId: LIST_2024,
        asOf: REPORT_AS_OF,
        catalogue: DISTRICT_INDICATOR_RULES,
      }),
      heading,
    ),
  );
  const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(2).values as unknown[]).slice(1);
  const rowWith = (sheet: ExcelJS.Worksheet, text: string) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if ((row.values as unknown[]).includes(text)) found = row;
    });
    if (!found) throw new Error(`no row with ${text}`);
    return found;
  };

  it('opens with a title row naming the ledger, its list and the as-of time in district time', () => {
    expect(tasks.sheet.name).toBe('任务台账');
    expect(tasks.sheet.getCell('A1').value).toBe('任务台账（《2024年任务清单》）  截至2025年2月12日 10:00');
    expect(tasks.sheetXml).toMatch(/<mergeCell ref="A1:N1"\/>/);
  });

  it('starts with the import template’s columns, so an edited ledger imports as a new list', () => {
    expect(headerOf(tasks.sheet).slice(0, 6)).toEqual(Object.values(TASK_SHEET_HEADERS_ZH_CN));
  });

  it('writes dates as date cells in district time and percentages as percentage cells', () => {
    const mediation = rowWith(tasks.sheet, '强化人民调解力量');
    const deadline = mediation.getCell(6);
    expect(deadline.type).toBe(ExcelJS.ValueType.Date);
    expect(deadline.numFmt).toBe('yyyy-mm-dd');
    expect((deadline.value as Date).toISOString().slice(0, 10)).toMatch(/^2024-\d\d-\d\d$/);
    const completed = mediation.getCell(12);
    expect(completed.type).toBe(ExcelJS.ValueType.Date);
    expect(completed.numFmt).toBe('yyyy-mm-dd hh:mm');
    const task = log.tasks.get('task-mediation')!.state;
    const completedAt = task.status === 'NONE' ? '' : task.completedAt!;
    expect((completed.value as Date).getTime() - Date.parse(completedAt)).toBe(8 * 3_600_000);
    const progress = mediation.getCell(9);
    // The lead's progress as every view shows it: a completed task is at 100%.
    const shown = task.status === 'NONE' ? 0 : leadPercentOf(figureTaskOfRecord(task));
    expect(task.status).toBe('COMPLETED');
    expect(progress.value).toBeCloseTo(shown / 100, 6);
    expect(progress.numFmt).toBe('0%');
  });

  it('freezes the header row, filters it, fits columns and prints landscape fitted to the width', () => {
    expect(tasks.sheetXml).toMatch(
      /<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"\/>/,
    );
    expect(tasks.sheetXml).toMatch(/<autoFilter ref="A2:N11"\/>/);
    expect(tasks.sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(tasks.sheetXml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(tasks.sheetXml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(tasks.sheetXml).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(tasks.workbookXml).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;任务台账&apos;!$2:$2</definedName>',
    );
    const widthOf = (at: number) => tasks.sheet.getColumn(at).width!;
    expect(widthOf(2)).toBeGreaterThan(widthOf(13));
    expect(widthOf(6)).toBeGreaterThanOrEqual(12);
  });

  it('writes counts as integers and rates as percentages in the progress ledger', async () => {
    const progress = await loadSheet(
      await renderProgressLedger(
        buildDepartmentProgress(log, { taskListId: LIST_2024, asOf: REPORT_AS_OF }),
        heading,
      ),
    );
    const justice = rowWith(progress.sheet, '区司法局');
    expect(justice.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(justice.getCell(2).numFmt).toBe('0');
    expect(Number.isInteger(justice.getCell(2).value)).toBe(true);
    expect(justice.getCell(9).numFmt).toBe('0.0%');
    expect(justice.getCell(9).value).toBe(1);
  });

  it('keeps amounts at their scale and rates with their parts in the indicator ledger', async () => {
    const indicators = await loadSheet(
      await renderIndicatorLedger(
        buildIndicatorLedger(log, { taskListId: LIST_2024, catalogue: DISTRICT_INDICATOR_RULES }),
        heading,
      ),
    );
    const amount = rowWith(indicators.sheet, '不予行政处罚金额');
    expect(amount.getCell(7).value).toBe(22.23);
    expect(amount.getCell(7).numFmt).toBe('0.00');
    const rate = rowWith(indicators.sheet, '调解成功率');
    expect(rate.getCell(7).value).toBeCloseTo(0.912, 6);
    expect(rate.getCell(7).numFmt).toBe('0.0%');
    expect([rate.getCell(10).value, rate.getCell(11).value]).toEqual([271, 297]);
    expect(rowWith(indicators.sheet, '矛盾纠纷排查').getCell(14).type).toBe(ExcelJS.ValueType.Date);
  });

  it('gives the handoff record and the rectification ledger the same shape', async () => {
    const events = changjiang2024Logged();
    const handoffs = await loadSheet(
      await renderHandoffRecord(buildHandoffRecord(events, log, { taskListId: LIST_2024 }), heading),
    );
    expect(handoffs.sheet.name).toBe('转办记录');
    expect(headerOf(handoffs.sheet)).toContain('转入单位');
    expect(handoffs.sheetXml).toMatch(/<autoFilter ref="A2:J2"\/>/);
    const rectification = await loadSheet(
      await renderRectificationLedger(buildRectificationLedger(log, { asOf: REPORT_AS_OF }), {
        scope: '全部问题',
        asOf: REPORT_AS_OF,
      }),
    );
    const deadline = rectification.sheet.getRow(3).getCell(7);
    expect(deadline.type).toBe(ExcelJS.ValueType.Date);
    expect(rectification.sheetXml).toMatch(/state="frozen"/);
    expect(rectification.sheetXml).toMatch(/<autoFilter ref="A2:N5"\/>/);
  });
});
