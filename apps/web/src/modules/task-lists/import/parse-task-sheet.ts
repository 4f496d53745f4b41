/** The columns of the task import sheet, in template order. */
export const TASK_SHEET_COLUMNS = [
  'area',
  'title',
  'description',
  'leadUnit',
  'cooperatingUnits',
  'deadline',
] as const;
export type TaskSheetColumn = (typeof TASK_SHEET_COLUMNS)[number];

export type TaskSheetErrorCode =
  | 'EMPTY_AREA'
  | 'UNKNOWN_AREA'
  | 'EMPTY_TITLE'
  | 'EMPTY_DESCRIPTION'
  | 'EMPTY_LEAD_UNIT'
  | 'UNKNOWN_UNIT'
  | 'LEAD_ALSO_COOPERATING'
  | 'EMPTY_DEADLINE'
  | 'BAD_DATE';

export interface TaskSheetError {
  column: TaskSheetColumn;
  code: TaskSheetErrorCode;
  /** The offending text as the sheet had it, for the message. */
  value?: string;
}

/** What a valid row becomes: the fields of `addTask` (without the list id). */
export interface ImportedTask {
  area: string;
  title: string;
  description: string;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  deadline: string;
}

export interface TaskSheetRow {
  /** The row number as the spreadsheet shows it (1-based, header included). */
  rowNumber: number;
  cells: Record<TaskSheetColumn, string>;
  task: ImportedTask | null;
  errors: TaskSheetError[];
}

export interface TaskSheetContext {
  areas: readonly string[];
  units: readonly { id: string; name: string }[];
  /**
   * Names each column goes by (the template's in the reader's language, the shared Chinese ones).
   * With them the header row is found by name, wherever it is among the first rows and whatever
   * columns sit beside it, so an exported task ledger (a title row above, status columns after)
   * reads as a template. Without them, or when no row names every column, the first row is the
   * header and the columns are taken in template order.
   */
  headers?: Record<TaskSheetColumn, readonly string[]>;
}

/** Rows searched for the header: a ledger's title row and a blank line or two may come first. */
const HEADER_SEARCH_ROWS = 5;

/** A cell as read-excel-file hands it over: text, number, boolean, date or empty. */
export type SheetCell = string | number | boolean | Date | null | undefined;

const MS_PER_DAY = 86_400_000;
// Excel counts days from 1899-12-30 (its 1900 leap-year bug included), in the sheet's own calendar.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A deadline cell to YYYY-MM-DD. Spreadsheet dates arrive as Date (at UTC midnight) or as a serial
 * number when the cell is not formatted as a date; people also type 2024-12-31, 2024/12/31 or 2024年12月31日.
 */
export function parseDeadline(cell: SheetCell): string | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    return isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return null;
    const date = new Date(EXCEL_EPOCH + cell * MS_PER_DAY);
    return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  if (typeof cell !== 'string') return null;
  const match = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(cell);
  if (!match) return null;
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function text(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return parseDeadline(cell) ?? '';
  return String(cell).trim();
}

/** Cooperating units are listed in one cell, separated the way people type lists in Chinese or English. */
export function splitUnitNames(cell: string): string[] {
  return cell
    .split(/[、,，;；\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function normalise(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

function isBlankRow(row: readonly SheetCell[]): boolean {
  return row.every((cell) => text(cell) === '');
}

/** A header as typed: blanks and a trailing hint in brackets, （用顿号分隔）, do not count. */
function headerKey(name: string): string {
  return normalise(name.replace(/[（(][^）)]*[）)]\s*$/, ''));
}

/** Where the header row is and which cell holds each column. */
function locateColumns(
  sheet: readonly (readonly SheetCell[])[],
  headers: TaskSheetContext['headers'],
): { headerIndex: number; at: Record<TaskSheetColumn, number> } {
  const positional = Object.fromEntries(TASK_SHEET_COLUMNS.map((column, at) => [column, at])) as Record<
    TaskSheetColumn,
    number
  >;
  if (!headers) return { headerIndex: 0, at: positional };
  for (let index = 0; index < Math.min(sheet.length, HEADER_SEARCH_ROWS); index += 1) {
    const keys = (sheet[index] ?? []).map((cell) => headerKey(text(cell)));
    const found = TASK_SHEET_COLUMNS.map((column) => {
      const names = headers[column].map(headerKey);
      return keys.findIndex((key) => key !== '' && names.includes(key));
    });
    if (found.every((at) => at >= 0)) {
      return {
        headerIndex: index,
        at: Object.fromEntries(TASK_SHEET_COLUMNS.map((column, i) => [column, found[i]!])) as Record<
          TaskSheetColumn,
          number
        >,
      };
    }
  }
  return { headerIndex: 0, at: positional };
}

/**
 * Checks every data row of an import sheet against the list's areas and the district's units, so the
 * office sees each problem, row by row, before a single task is created. Rows above the header are skipped.
 */
export function parseTaskSheet(
  sheet: readonly (readonly SheetCell[])[],
  context: TaskSheetContext,
): TaskSheetRow[] {
  const areas = new Map(context.areas.map((area) => [normalise(area), area]));
  const units = new Map(context.units.map((unit) => [normalise(unit.name), unit.id]));
  const rows: TaskSheetRow[] = [];
  const { headerIndex, at } = locateColumns(sheet, context.headers);

  sheet.forEach((row, index) => {
    if (index <= headerIndex || isBlankRow(row)) return;
    const cells = Object.fromEntries(
      TASK_SHEET_COLUMNS.map((column) => [column, text(row[at[column]])]),
    ) as Record<TaskSheetColumn, string>;
    const errors: TaskSheetError[] = [];

    const area = areas.get(normalise(cells.area));
    if (cells.area === '') errors.push({ column: 'area', code: 'EMPTY_AREA' });
    else if (!area) errors.push({ column: 'area', code: 'UNKNOWN_AREA', value: cells.area });

    if (cells.title === '') errors.push({ column: 'title', code: 'EMPTY_TITLE' });
    if (cells.description === '') errors.push({ column: 'description', code: 'EMPTY_DESCRIPTION' });

    const leadUnitId = units.get(normalise(cells.leadUnit));
    if (cells.leadUnit === '') errors.push({ column: 'leadUnit', code: 'EMPTY_LEAD_UNIT' });
    else if (!leadUnitId) errors.push({ column: 'leadUnit', code: 'UNKNOWN_UNIT', value: cells.leadUnit });

    const cooperatingUnitIds: string[] = [];
    for (const name of splitUnitNames(cells.cooperatingUnits)) {
      const id = units.get(normalise(name));
      if (!id) errors.push({ column: 'cooperatingUnits', code: 'UNKNOWN_UNIT', value: name });
      else if (id === leadUnitId)
        errors.push({ column: 'cooperatingUnits', code: 'LEAD_ALSO_COOPERATING', value: name });
      else if (!cooperatingUnitIds.includes(id)) cooperatingUnitIds.push(id);
    }

    const deadline = parseDeadline(row[at.deadline] ?? null);
    if (cells.deadline === '') errors.push({ column: 'deadline', code: 'EMPTY_DEADLINE' });
    else if (!deadline) errors.push({ column: 'deadline', code: 'BAD_DATE', value: cells.deadline });

    const task =
      errors.length === 0 && area && leadUnitId && deadline
        ? {
            area,
            title: cells.title,
            description: cells.description,
            leadUnitId,
            cooperatingUnitIds,
            deadline,
          }
        : null;
    rows.push({ rowNumber: index + 1, cells, task, errors });
  });
  return rows;
}
