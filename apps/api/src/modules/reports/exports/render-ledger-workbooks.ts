import ExcelJS from 'exceljs';
import { DISTRICT_UTC_OFFSET_MINUTES, TASK_SHEET_HEADERS_ZH_CN } from '@duban/domain';
import type {
  DepartmentProgressRow,
  HandoffOutcome,
  HandoffRecordRow,
  IndicatorLedgerRow,
  RectificationLedgerRow,
  TaskLedgerRow,
} from '@duban/domain';

/**
 * How a value becomes a cell: text; a calendar date (YYYY-MM-DD) or an instant shown in district time,
 * both as date cells; a count as an integer; an amount at its scale; a rate (given in percent) as a
 * percentage cell; a yes/no as 是/否.
 */
type CellKind = 'text' | 'date' | 'instant' | 'integer' | 'amount' | 'percent' | 'yesNo';

interface Column<Row> {
  header: string;
  kind: CellKind | ((row: Row) => CellKind);
  value: (row: Row) => string | number | boolean | null;
  /** Decimal places of an amount or a percentage (percentages default to one). */
  scale?: (row: Row) => number;
}

/** What the sheet's title row says: the ledger, what it covers, and the instant it stands at. */
export interface LedgerHeading {
  /** The list or filters the rows come from, e.g. 《2024年…任务清单》 or 全部任务清单. */
  scope: string;
  /** The instant the ledger stands at (ISO). */
  asOf: string;
}

const MS_PER_MINUTE = 60_000;
const DISTRICT_OFFSET_MS = DISTRICT_UTC_OFFSET_MINUTES * MS_PER_MINUTE;

/**
 * Excel keeps wall-clock time without a zone: an instant is written as the district's wall clock
 * (UTC+8), which the spreadsheet library stores from the Date's UTC fields.
 */
const districtWallClock = (instant: string): Date => new Date(Date.parse(instant) + DISTRICT_OFFSET_MS);
const calendarDate = (isoDate: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
};

/** 2025-02-12T02:00:00Z → 2025年2月12日 10:00 (district time), for the title row. */
export const districtTimeText = (instant: string): string => {
  const local = districtWallClock(instant);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日 ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
  );
};

const decimals = (scale: number) => (scale > 0 ? `0.${'0'.repeat(scale)}` : '0');

/** The cell value and number format for one value of one kind. */
const cellOf = (
  kind: CellKind,
  value: string | number | boolean | null,
  scale: number | undefined,
): { value: ExcelJS.CellValue; numFmt?: string; text: string } => {
  if (value === null || value === '') return { value: null, text: '' };
  switch (kind) {
    case 'date': {
      const date = calendarDate(String(value));
      return date
        ? { value: date, numFmt: 'yyyy-mm-dd', text: '0000-00-00' }
        : { value: String(value), text: String(value) };
    }
    case 'instant':
      return {
        value: districtWallClock(String(value)),
        numFmt: 'yyyy-mm-dd hh:mm',
        text: '0000-00-00 00:00',
      };
    case 'integer':
      return { value: Math.round(Number(value)), numFmt: '0', text: String(value) };
    case 'amount':
      return { value: Number(value), numFmt: decimals(scale ?? 2), text: Number(value).toFixed(scale ?? 2) };
    case 'percent':
      return {
        value: Number(value) / 100,
        numFmt: `${decimals(scale ?? 1)}%`,
        text: `${Number(value).toFixed(scale ?? 1)}%`,
      };
    case 'yesNo':
      return { value: value ? '是' : '否', text: '是' };
    case 'text':
      return { value: String(value), text: String(value) };
  }
};

/** Display width in Excel's character units: a Han character takes two. */
const displayWidth = (text: string): number =>
  Math.max(
    0,
    ...text
      .split('\n')
      .map((line) => [...line].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)),
  );

const MIN_WIDTH = 6;
const MAX_WIDTH = 48;
const thin = { style: 'thin' as const, color: { argb: 'FF999999' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * One ledger as a workbook a clerk can hand up: a title row naming the ledger, its scope and as-of
 * time; a bold header row, frozen and repeated on every printed page, with an autofilter; typed cells;
 * columns as wide as their contents (long text wraps); landscape A4 fitted to the page width.
 */
async function workbookOf<Row>(
  name: string,
  heading: LedgerHeading,
  columns: Column<Row>[],
  rows: Row[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Duban';
  workbook.created = new Date(Date.parse(heading.asOf));
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 0, topLeftCell: 'A3', activeCell: 'A3' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });

  const title = `${name}（${heading.scope}）  截至${districtTimeText(heading.asOf)}`;
  const titleRow = sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, columns.length);
  titleRow.height = 28;
  titleRow.getCell(1).font = { bold: true, size: 14 };
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };

  const headerRow = sheet.addRow(columns.map((column) => column.header));
  headerRow.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDBEAFE' } };
    cell.border = border;
  });

  const widths = columns.map((column) => displayWidth(column.header));
  for (const row of rows) {
    const cells = columns.map((column) => {
      const kind = typeof column.kind === 'function' ? column.kind(row) : column.kind;
      return { kind, ...cellOf(kind, column.value(row), column.scale?.(row)) };
    });
    const added = sheet.addRow(cells.map((cell) => cell.value));
    cells.forEach((cell, at) => {
      const target = added.getCell(at + 1);
      if (cell.numFmt) target.numFmt = cell.numFmt;
      target.border = border;
      target.alignment = { vertical: 'top', wrapText: cell.kind === 'text' };
      widths[at] = Math.max(widths[at]!, displayWidth(cell.text));
    });
  }
  columns.forEach((_, at) => {
    sheet.getColumn(at + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[at]! + 2));
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + rows.length, column: columns.length } };
  sheet.pageSetup.printTitlesRow = '2:2';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const H = TASK_SHEET_HEADERS_ZH_CN;

/** The first six columns are the import template's, so an edited ledger imports as a new list. */
const TASK_COLUMNS: Column<TaskLedgerRow>[] = [
  { header: H.area, kind: 'text', value: (row) => row.area },
  { header: H.title, kind: 'text', value: (row) => row.title },
  { header: H.description, kind: 'text', value: (row) => row.description },
  { header: H.leadUnit, kind: 'text', value: (row) => row.leadUnit },
  { header: H.cooperatingUnits, kind: 'text', value: (row) => row.cooperatingUnits },
  { header: H.deadline, kind: 'date', value: (row) => row.deadline },
  { header: '任务清单', kind: 'text', value: (row) => row.listTitle },
  { header: '状态', kind: 'text', value: (row) => row.status },
  { header: '进度', kind: 'percent', value: (row) => row.progress, scale: () => 0 },
  { header: '指标数据', kind: 'text', value: (row) => row.figures },
  { header: '数据核实', kind: 'text', value: (row) => row.flags },
  { header: '办结时间', kind: 'instant', value: (row) => row.completedAt },
  { header: '按时办结', kind: 'yesNo', value: (row) => row.onTime },
  { header: '逾期', kind: 'yesNo', value: (row) => row.overdue },
];

const PROGRESS_COLUMNS: Column<DepartmentProgressRow>[] = [
  { header: '单位', kind: 'text', value: (row) => row.unitName },
  { header: '牵头任务', kind: 'integer', value: (row) => row.tasksLed },
  { header: '配合任务', kind: 'integer', value: (row) => row.tasksCooperating },
  { header: '已签收', kind: 'integer', value: (row) => row.acknowledged },
  { header: '办理中', kind: 'integer', value: (row) => row.inProgress },
  { header: '待审核', kind: 'integer', value: (row) => row.awaitingReview },
  { header: '已办结', kind: 'integer', value: (row) => row.completed },
  { header: '逾期', kind: 'integer', value: (row) => row.overdue },
  { header: '完成率', kind: 'percent', value: (row) => row.completionRate },
  { header: '按时办结率', kind: 'percent', value: (row) => row.onTimeRate },
  { header: '转入', kind: 'integer', value: (row) => row.handoffsIn },
  { header: '转出', kind: 'integer', value: (row) => row.handoffsOut },
  { header: '未销号问题', kind: 'integer', value: (row) => row.findingsOpen },
  { header: '整改中问题', kind: 'integer', value: (row) => row.findingsRectifying },
  { header: '已销号问题', kind: 'integer', value: (row) => row.findingsClosed },
  { header: '逾期问题', kind: 'integer', value: (row) => row.findingsOverdue },
  { header: '整改率', kind: 'percent', value: (row) => row.rectificationRate },
  { header: '最近反馈', kind: 'instant', value: (row) => row.lastReportAt },
];

const KIND_TEXT: Record<IndicatorLedgerRow['kind'], string> = { COUNT: '计数', AMOUNT: '金额', RATE: '比率' };
const valueKind = (row: IndicatorLedgerRow): CellKind =>
  row.kind === 'RATE' ? 'percent' : row.kind === 'AMOUNT' ? 'amount' : 'integer';

const INDICATOR_COLUMNS: Column<IndicatorLedgerRow>[] = [
  { header: '任务清单', kind: 'text', value: (row) => row.listTitle },
  { header: '领域', kind: 'text', value: (row) => row.area },
  { header: '任务名称', kind: 'text', value: (row) => row.taskTitle },
  { header: '牵头单位', kind: 'text', value: (row) => row.leadUnit },
  { header: '指标', kind: 'text', value: (row) => row.indicator },
  { header: '类型', kind: 'text', value: (row) => KIND_TEXT[row.kind] },
  { header: '数值', kind: valueKind, value: (row) => row.value, scale: (row) => row.scale },
  { header: '计量单位', kind: 'text', value: (row) => row.unitOfMeasure },
  { header: '目标值', kind: valueKind, value: (row) => row.target, scale: (row) => row.scale },
  { header: '分子', kind: 'integer', value: (row) => row.numerator },
  { header: '分母', kind: 'integer', value: (row) => row.denominator },
  { header: '数据核实', kind: 'text', value: (row) => row.flags },
  { header: '报送单位', kind: 'text', value: (row) => row.reportedBy },
  { header: '报送时间', kind: 'instant', value: (row) => row.reportedAt },
];

const OUTCOME_TEXT: Record<HandoffOutcome, string> = {
  PENDING: '待审批',
  APPROVED: '已批准',
  REJECTED: '未批准',
};

const HANDOFF_COLUMNS: Column<HandoffRecordRow>[] = [
  { header: '任务清单', kind: 'text', value: (row) => row.listTitle },
  { header: '任务名称', kind: 'text', value: (row) => row.taskTitle },
  { header: '转出单位', kind: 'text', value: (row) => row.fromUnit },
  { header: '转入单位', kind: 'text', value: (row) => row.toUnit },
  { header: '申请理由', kind: 'text', value: (row) => row.reason },
  { header: '申请时间', kind: 'instant', value: (row) => row.requestedAt },
  { header: '审批结果', kind: 'text', value: (row) => OUTCOME_TEXT[row.outcome] },
  { header: '审批意见', kind: 'text', value: (row) => row.decisionNote },
  { header: '审批时间', kind: 'instant', value: (row) => row.decidedAt },
  { header: '转办后完成时限', kind: 'date', value: (row) => row.deadline },
];

const RECTIFICATION_COLUMNS: Column<RectificationLedgerRow>[] = [
  { header: '督察', kind: 'text', value: (row) => row.inspectionTitle },
  { header: '督察类型', kind: 'text', value: (row) => row.inspectionKind },
  { header: '责任单位', kind: 'text', value: (row) => row.unit },
  { header: '问题描述', kind: 'text', value: (row) => row.description },
  { header: '严重程度', kind: 'text', value: (row) => row.severity },
  { header: '类别', kind: 'text', value: (row) => row.category },
  { header: '整改期限', kind: 'date', value: (row) => row.rectificationDeadline },
  { header: '状态', kind: 'text', value: (row) => row.status },
  { header: '计划完成', kind: 'date', value: (row) => row.plannedCompletionDate },
  { header: '整改进度', kind: 'percent', value: (row) => row.progress, scale: () => 0 },
  { header: '销号时间', kind: 'instant', value: (row) => row.closedAt },
  { header: '按期销号', kind: 'yesNo', value: (row) => row.onTime },
  { header: '逾期', kind: 'yesNo', value: (row) => row.overdue },
  { header: '挂牌督办', kind: 'yesNo', value: (row) => row.escalated },
];

/** The ledgers by name: the sheet's and file's name, and what each holds. */
export const LEDGER_NAMES = Object.freeze({
  tasks: '任务台账',
  progress: '进度统计',
  indicators: '指标数据',
  handoffs: '转办记录',
  rectification: '整改台账',
});

export const renderTaskLedger = (rows: TaskLedgerRow[], heading: LedgerHeading) =>
  workbookOf(LEDGER_NAMES.tasks, heading, TASK_COLUMNS, rows);
export const renderProgressLedger = (rows: DepartmentProgressRow[], heading: LedgerHeading) =>
  workbookOf(LEDGER_NAMES.progress, heading, PROGRESS_COLUMNS, rows);
export const renderIndicatorLedger = (rows: IndicatorLedgerRow[], heading: LedgerHeading) =>
  workbookOf(LEDGER_NAMES.indicators, heading, INDICATOR_COLUMNS, rows);
export const renderHandoffRecord = (rows: HandoffRecordRow[], heading: LedgerHeading) =>
  workbookOf(LEDGER_NAMES.handoffs, heading, HANDOFF_COLUMNS, rows);
export const renderRectificationLedger = (rows: RectificationLedgerRow[], heading: LedgerHeading) =>
  workbookOf(LEDGER_NAMES.rectification, heading, RECTIFICATION_COLUMNS, rows);
