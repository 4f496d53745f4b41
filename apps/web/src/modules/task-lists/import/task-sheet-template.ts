import type { TaskSheetColumn } from './parse-task-sheet.js';
import { TASK_SHEET_COLUMNS } from './parse-task-sheet.js';

export interface TemplateTexts {
  sheetName: string;
  headers: Record<TaskSheetColumn, string>;
  exampleTitle: string;
  exampleDescription: string;
  exampleDeadline: string;
  referenceSheetName: string;
  areasHeader: string;
  unitsHeader: string;
}

type Cell = { value: string; fontWeight?: 'bold'; backgroundColor?: string; wrap?: boolean } | null;

const WIDTHS: Record<TaskSheetColumn, number> = {
  area: 18,
  title: 36,
  description: 48,
  leadUnit: 20,
  cooperatingUnits: 32,
  deadline: 14,
};

/**
 * The import template as sheets for write-excel-file: the task sheet with its header and one example
 * row, and a second sheet with the list's areas and the district's unit names to copy from.
 */
export function taskSheetTemplate(texts: TemplateTexts, areas: readonly string[], units: readonly string[]) {
  const header: Cell[] = TASK_SHEET_COLUMNS.map((column) => ({
    value: texts.headers[column],
    fontWeight: 'bold',
    backgroundColor: '#DBEAFE',
  }));
  const example: Cell[] = [
    { value: areas[0] ?? '' },
    { value: texts.exampleTitle },
    { value: texts.exampleDescription, wrap: true },
    { value: units[0] ?? '' },
    { value: units.slice(1, 3).join('、') },
    { value: texts.exampleDeadline },
  ];
  const reference: Cell[][] = [
    [
      { value: texts.areasHeader, fontWeight: 'bold', backgroundColor: '#DBEAFE' },
      { value: texts.unitsHeader, fontWeight: 'bold', backgroundColor: '#DBEAFE' },
    ],
    ...Array.from({ length: Math.max(areas.length, units.length) }, (_, row): Cell[] => [
      areas[row] ? { value: areas[row] } : null,
      units[row] ? { value: units[row] } : null,
    ]),
  ];
  return [
    {
      sheet: texts.sheetName,
      data: [header, example],
      columns: TASK_SHEET_COLUMNS.map((column) => ({ width: WIDTHS[column] })),
      stickyRowsCount: 1,
    },
    { sheet: texts.referenceSheetName, data: reference, columns: [{ width: 24 }, { width: 28 }] },
  ];
}
