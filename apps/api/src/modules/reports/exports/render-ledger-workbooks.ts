import ExcelJS from 'exceljs';
import type { DepartmentProgressRow, RectificationLedgerRow, TaskLedgerRow } from '@duban/domain';

interface Column<Row> {
  header: string;
  width: number;
  value: (row: Row) => string | number | null;
}

const yesNo = (value: boolean | null): string => (value === null ? '' : value ? '是' : '否');

/** One sheet with a bold, frozen header row and the columns given. */
async function workbookOf<Row>(sheetName: string, columns: Column<Row>[], rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Duban';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const TASK_COLUMNS: Column<TaskLedgerRow>[] = [
  { header: '任务清单', width: 30, value: (row) => row.listTitle },
  { header: '领域', width: 18, value: (row) => row.area },
  { header: '任务', width: 30, value: (row) => row.title },
  { header: '牵头单位', width: 18, value: (row) => row.leadUnit },
  { header: '配合单位', width: 24, value: (row) => row.cooperatingUnits },
  { header: '截止日期', width: 12, value: (row) => row.deadline },
  { header: '状态', width: 10, value: (row) => row.status },
  { header: '进度(%)', width: 10, value: (row) => row.progress },
  { header: '指标数据', width: 50, value: (row) => row.figures },
  { header: '数据核实', width: 50, value: (row) => row.flags },
  { header: '办结时间', width: 22, value: (row) => row.completedAt },
  { header: '按时办结', width: 10, value: (row) => yesNo(row.onTime) },
  { header: '逾期', width: 8, value: (row) => yesNo(row.overdue) },
];

const RECTIFICATION_COLUMNS: Column<RectificationLedgerRow>[] = [
  { header: '督察', width: 30, value: (row) => row.inspectionTitle },
  { header: '督察类型', width: 10, value: (row) => row.inspectionKind },
  { header: '责任单位', width: 18, value: (row) => row.unit },
  { header: '问题描述', width: 40, value: (row) => row.description },
  { header: '严重程度', width: 10, value: (row) => row.severity },
  { header: '类别', width: 12, value: (row) => row.category },
  { header: '整改期限', width: 12, value: (row) => row.rectificationDeadline },
  { header: '状态', width: 10, value: (row) => row.status },
  { header: '计划完成', width: 12, value: (row) => row.plannedCompletionDate },
  { header: '整改进度(%)', width: 12, value: (row) => row.progress },
  { header: '销号时间', width: 22, value: (row) => row.closedAt },
  { header: '按期销号', width: 10, value: (row) => yesNo(row.onTime) },
  { header: '逾期', width: 8, value: (row) => yesNo(row.overdue) },
  { header: '挂牌督办', width: 10, value: (row) => yesNo(row.escalated) },
];

const PROGRESS_COLUMNS: Column<DepartmentProgressRow>[] = [
  { header: '单位', width: 20, value: (row) => row.unitName },
  { header: '牵头任务', width: 10, value: (row) => row.tasksLed },
  { header: '配合任务', width: 10, value: (row) => row.tasksCooperating },
  { header: '已签收', width: 10, value: (row) => row.acknowledged },
  { header: '办理中', width: 10, value: (row) => row.inProgress },
  { header: '待审核', width: 10, value: (row) => row.awaitingReview },
  { header: '已办结', width: 10, value: (row) => row.completed },
  { header: '逾期', width: 8, value: (row) => row.overdue },
  { header: '完成率(%)', width: 10, value: (row) => row.completionRate },
  { header: '按时办结率(%)', width: 14, value: (row) => row.onTimeRate },
  { header: '转入', width: 8, value: (row) => row.handoffsIn },
  { header: '转出', width: 8, value: (row) => row.handoffsOut },
  { header: '未销号问题', width: 12, value: (row) => row.findingsOpen },
  { header: '整改中问题', width: 12, value: (row) => row.findingsRectifying },
  { header: '已销号问题', width: 12, value: (row) => row.findingsClosed },
  { header: '逾期问题', width: 10, value: (row) => row.findingsOverdue },
  { header: '整改率(%)', width: 10, value: (row) => row.rectificationRate },
  { header: '最近反馈', width: 22, value: (row) => row.lastReportAt },
];

export const renderTaskLedger = (rows: TaskLedgerRow[]) => workbookOf('任务台账', TASK_COLUMNS, rows);
export const renderRectificationLedger = (rows: RectificationLedgerRow[]) =>
  workbookOf('整改台账', RECTIFICATION_COLUMNS, rows);
export const renderProgressLedger = (rows: DepartmentProgressRow[]) =>
  workbookOf('进度统计', PROGRESS_COLUMNS, rows);
