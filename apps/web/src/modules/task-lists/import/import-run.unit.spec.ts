import { describe, expect, it } from 'vitest';
import type { ImportedTask, TaskSheetRow } from './parse-task-sheet.js';
import { countCreated, hasFailures, prepareImport, rowsToSend, runImport } from './import-run.js';
import type { ImportRow } from './import-run.js';

const task = (title: string): ImportedTask => ({
  area: '行政执法',
  title,
  description: `${title}的内容`,
  leadUnitId: 'sfj',
  cooperatingUnitIds: ['wjw'],
  deadline: '2030-12-31',
});

const row = (rowNumber: number, title: string | null): TaskSheetRow => ({
  rowNumber,
  cells: { area: '', title: title ?? '', description: '', leadUnit: '', cooperatingUnits: '', deadline: '' },
  task: title === null ? null : task(title),
  errors: title === null ? [{ column: 'title', code: 'EMPTY_TITLE' }] : [],
});

/** Ids handed out in turn, so a test sees which one each row got. */
const counting = () => {
  let next = 0;
  return () => `id-${++next}`;
};

/** A fake API: answers per title, recording every add it was sent. */
const api = (answers: Record<string, 'ok' | 'lost' | 'refused'>) => {
  const sent: { taskId: string; title: string }[] = [];
  const send = async ({ taskId, task }: ImportRow) => {
    sent.push({ taskId, title: task.title });
    const answer = answers[task.title] ?? 'ok';
    if (answer === 'lost') throw new Error('Failed to fetch');
    if (answer === 'refused') throw new Error('TASK_LIST_NOT_DRAFT');
    return { id: taskId };
  };
  return { sent, send };
};
const describeError = (error: unknown) => (error as Error).message;
const statuses = (rows: readonly ImportRow[]) => rows.map((r) => [r.rowNumber, r.outcome.status]);

describe('the task ids of an import', () => {
  it('gives each valid row its own id when the file is read, and none to a row with problems', () => {
    const rows = prepareImport([row(2, '甲'), row(3, null), row(4, '乙')], [], counting());
    expect(rows.map((r) => [r.rowNumber, r.taskId, r.outcome.status])).toEqual([
      [2, 'id-1', 'READY'],
      [4, 'id-2', 'READY'],
    ]);
  });

  it('sends again, under the same ids, only the rows whose add failed or whose answer was lost', async () => {
    const rows = prepareImport([row(2, '甲'), row(3, '乙'), row(4, '丙'), row(5, '丁')], [], counting());
    const first = api({ 乙: 'lost', 丁: 'refused' });
    const shown: ImportRow[][] = [];
    const afterFirst = await runImport(rows, first.send, describeError, (now) => shown.push(now));
    expect(first.sent.map((s) => s.taskId)).toEqual(['id-1', 'id-2', 'id-3', 'id-4']);
    expect(statuses(afterFirst)).toEqual([
      [2, 'CREATED'],
      [3, 'FAILED'],
      [4, 'CREATED'],
      [5, 'FAILED'],
    ]);
    expect(afterFirst[1]!.outcome).toEqual({ status: 'FAILED', message: 'Failed to fetch' });
    expect(hasFailures(afterFirst)).toBe(true);
    // Each row's outcome is shown as it comes: the second row on its way after the first was created.
    expect(statuses(shown[2]!)).toEqual([
      [2, 'CREATED'],
      [3, 'SENDING'],
      [4, 'READY'],
      [5, 'READY'],
    ]);

    const retry = api({});
    const afterRetry = await runImport(afterFirst, retry.send, describeError);
    expect(retry.sent).toEqual([
      { taskId: 'id-2', title: '乙' },
      { taskId: 'id-4', title: '丁' },
    ]);
    expect(statuses(afterRetry).every(([, status]) => status === 'CREATED')).toBe(true);
    expect(countCreated(afterRetry)).toBe(4);
    expect(rowsToSend(afterRetry)).toEqual([]);
    // Nothing left to send: another run sends nothing.
    const again = api({});
    await runImport(afterRetry, again.send, describeError);
    expect(again.sent).toEqual([]);
  });

  it('keeps the ids and outcomes of unchanged rows when the fixed file is chosen again, and gives changed or new rows new ids', async () => {
    const generate = counting();
    const first = prepareImport([row(2, '甲'), row(3, '乙'), row(4, '丙'), row(5, null)], [], generate);
    const sentFirst = await runImport(first, api({ 乙: 'lost' }).send, describeError);

    // The fixed file: row 3 unchanged, row 4 edited, row 5 fixed, and a row inserted at the top.
    const fixed = prepareImport(
      [row(2, '新增'), row(3, '甲'), row(4, '乙'), row(5, '丙（修改）'), row(6, '丁')],
      sentFirst,
      generate,
    );
    expect(fixed.map((r) => [r.rowNumber, r.taskId, r.outcome.status])).toEqual([
      [2, 'id-4', 'READY'],
      [3, 'id-1', 'CREATED'],
      [4, 'id-2', 'FAILED'],
      [5, 'id-5', 'READY'],
      [6, 'id-6', 'READY'],
    ]);
    const retry = api({});
    await runImport(fixed, retry.send, describeError);
    expect(retry.sent.map((s) => s.taskId)).toEqual(['id-4', 'id-2', 'id-5', 'id-6']);
  });

  it('keeps identical rows apart, each with its own id', () => {
    const generate = counting();
    const first = prepareImport([row(2, '甲'), row(3, '甲')], [], generate);
    expect(first.map((r) => r.taskId)).toEqual(['id-1', 'id-2']);
    const again = prepareImport([row(2, '甲'), row(3, '甲'), row(4, '甲')], first, generate);
    expect(again.map((r) => r.taskId)).toEqual(['id-1', 'id-2', 'id-3']);
  });

  it('sends again a row that was on its way when the file was chosen again', () => {
    const sending: ImportRow = {
      rowNumber: 2,
      taskId: 'id-1',
      task: task('甲'),
      outcome: { status: 'SENDING' },
    };
    const [again] = prepareImport([row(2, '甲')], [sending], counting());
    expect(again).toMatchObject({ taskId: 'id-1', outcome: { status: 'READY' } });
  });

  it('chooses UUIDs by default', () => {
    const [prepared] = prepareImport([row(2, '甲')]);
    expect(prepared!.taskId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
