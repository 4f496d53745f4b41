import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryWriter } from './testing/history-writer.js';
import {
  SCRIPT_LIST_ID,
  SCRIPT_MIDPOINT,
  SCRIPT_NOW,
  writeFirstHalf,
  writeSecondHalf,
} from './testing/scripted-history.js';
import { SettableClock } from './testing/settable-clock.js';
import { startReadModelApp } from '../../../test/read-model/start-read-model-app.js';
import type { ReadModelTestApp } from '../../../test/read-model/start-read-model-app.js';

const TREND = `query T($id: ID!, $asOf: DateTime) { progressTrend(taskListId: $id, weeks: 12, asOf: $asOf) {
  weekStart completions closures } }`;
const TOTALS = `query P($id: ID!) { departmentProgress(taskListId: $id) { totals { completed findingsClosed } } }`;

interface Week {
  weekStart: string;
  completions: number;
  closures: number;
}
const sum = (weeks: Week[], key: 'completions' | 'closures') => weeks.reduce((n, w) => n + w[key], 0);

describe('the weekly trend as of a time', () => {
  const clock = new SettableClock(SCRIPT_NOW);
  let app: ReadModelTestApp;
  let totals: { completed: number; findingsClosed: number };

  beforeAll(async () => {
    app = await startReadModelApp({ clock });
    const writer = new HistoryWriter(app.store);
    await writeFirstHalf(writer);
    await writeSecondHalf(writer);
    const data = await app.until<any>(TOTALS, (d) => d.departmentProgress?.totals.completed === 1, {
      id: SCRIPT_LIST_ID,
    });
    totals = data.departmentProgress.totals;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('ends with the week of now and counts every completion and closure of the list', async () => {
    const { progressTrend } = await app.until<{ progressTrend: Week[] }>(TREND, (d) => !!d.progressTrend, {
      id: SCRIPT_LIST_ID,
    });
    expect(progressTrend).toHaveLength(12);
    expect(progressTrend.at(-1)?.weekStart).toBe('2024-07-01');
    expect(sum(progressTrend, 'completions')).toBe(totals.completed);
    expect(sum(progressTrend, 'closures')).toBe(totals.findingsClosed);
  });

  it('ends with the week of the as-of time and leaves out what happened after it', async () => {
    const { progressTrend } = await app.until<{ progressTrend: Week[] }>(TREND, (d) => !!d.progressTrend, {
      id: SCRIPT_LIST_ID,
      asOf: SCRIPT_MIDPOINT.toISOString(),
    });
    expect(progressTrend).toHaveLength(12);
    // 2024-05-01 is a Wednesday: its week starts on Monday 2024-04-29.
    expect(progressTrend.at(-1)?.weekStart).toBe('2024-04-29');
    expect(sum(progressTrend, 'completions')).toBe(0);
    expect(sum(progressTrend, 'closures')).toBe(0);
  });
});
