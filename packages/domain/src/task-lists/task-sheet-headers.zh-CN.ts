/**
 * The column names of a task sheet, shared by the Excel import template and the task ledger's first
 * columns, so last year's ledger, edited, imports as next year's list. Order is the template's.
 */
export const TASK_SHEET_HEADERS_ZH_CN = Object.freeze({
  area: '领域',
  title: '任务名称',
  description: '任务内容',
  leadUnit: '牵头单位',
  cooperatingUnits: '配合单位',
  deadline: '完成时限',
});
