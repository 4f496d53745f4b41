import { newTaskId } from '../model/task-id-for-add.js';
import type { ImportedTask, TaskSheetRow } from './parse-task-sheet.js';

/** Where one row's add stands: not sent yet, on its way, confirmed by the API, or failed. */
export type RowOutcome =
  { status: 'READY' } | { status: 'SENDING' } | { status: 'CREATED' } | { status: 'FAILED'; message: string };

/** A valid row of the sheet, with the task id its add is sent under, every time it is sent. */
export interface ImportRow {
  rowNumber: number;
  taskId: string;
  task: ImportedTask;
  outcome: RowOutcome;
}

/** Every field `addTask` sends for a row: two rows with the same key are the same add. */
const contentKey = (task: ImportedTask): string =>
  JSON.stringify([
    task.area,
    task.title,
    task.description,
    task.leadUnitId,
    task.cooperatingUnitIds,
    task.deadline,
  ]);

/**
 * The valid rows of a sheet just read, each with the task id its add will be sent under, chosen now,
 * once. `previous` is what the same dialog made of a file read before (the user fixed the file after
 * a failed import and chose it again): a row with the same content as a row there takes over its id
 * and outcome, so a task already created is not sent again and one whose answer never came is sent
 * again under the id it was first sent with; the API answers that with the task it added, never a
 * second one. Identical rows are matched in order, each keeping its own id. Any other row gets a new
 * id (changed content under an old id would be refused with TASK_ID_IN_USE).
 */
export function prepareImport(
  rows: readonly TaskSheetRow[],
  previous: readonly ImportRow[] = [],
  generate: () => string = newTaskId,
): ImportRow[] {
  const earlier = new Map<string, ImportRow[]>();
  for (const row of previous) {
    const key = contentKey(row.task);
    earlier.set(key, [...(earlier.get(key) ?? []), row]);
  }
  const prepared: ImportRow[] = [];
  for (const { rowNumber, task } of rows) {
    if (!task) continue;
    const match = earlier.get(contentKey(task))?.shift();
    prepared.push(
      match
        ? {
            rowNumber,
            taskId: match.taskId,
            task,
            // Interrupted while on its way: sent, answer unknown, so not confirmed.
            outcome: match.outcome.status === 'SENDING' ? { status: 'READY' } : match.outcome,
          }
        : { rowNumber, taskId: generate(), task, outcome: { status: 'READY' } },
    );
  }
  return prepared;
}

/** The rows a press of the create (or retry) button sends: all but those the API confirmed. */
export const rowsToSend = (rows: readonly ImportRow[]): ImportRow[] =>
  rows.filter((row) => row.outcome.status !== 'CREATED');

/** Whether some row has been sent and not confirmed (the button then offers to retry). */
export const hasFailures = (rows: readonly ImportRow[]): boolean =>
  rows.some((row) => row.outcome.status === 'FAILED');

export const countCreated = (rows: readonly ImportRow[]): number =>
  rows.filter((row) => row.outcome.status === 'CREATED').length;

const withOutcome = (rows: readonly ImportRow[], rowNumber: number, outcome: RowOutcome): ImportRow[] =>
  rows.map((row) => (row.rowNumber === rowNumber ? { ...row, outcome } : row));

/**
 * Sends every row not yet confirmed, one at a time, each under its own task id; `show` gets the rows
 * after every change, so the dialog shows each row's outcome as it comes. A failure of any kind (an
 * error, a lost answer) leaves the row FAILED with its id, to be sent again by the next run. Returns
 * the rows at the end.
 */
export async function runImport(
  rows: readonly ImportRow[],
  send: (row: ImportRow) => Promise<unknown>,
  describe: (error: unknown) => string,
  show: (rows: ImportRow[]) => void = () => undefined,
): Promise<ImportRow[]> {
  let current = [...rows];
  const update = (rowNumber: number, outcome: RowOutcome) => {
    current = withOutcome(current, rowNumber, outcome);
    show(current);
  };
  for (const row of rowsToSend(rows)) {
    update(row.rowNumber, { status: 'SENDING' });
    try {
      await send(row);
      update(row.rowNumber, { status: 'CREATED' });
    } catch (error) {
      update(row.rowNumber, { status: 'FAILED', message: describe(error) });
    }
  }
  return current;
}
