import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReadModelApp } from '../../../test/read-model/start-read-model-app.js';
import type { ReadModelTestApp } from '../../../test/read-model/start-read-model-app.js';
import { HistoryWriter } from './testing/history-writer.js';

describe('the read model behind task(id)', () => {
  let app: ReadModelTestApp;
  beforeAll(async () => {
    app = await startReadModelApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows a task appended to the log once the projector has caught up', async () => {
    const writer = new HistoryWriter(app.store);
    await writer.append(
      'unit-u1',
      'UnitRegistered',
      { unitId: 'u1', name: '司法局', kind: 'DEPARTMENT', registeredAt: '2024-01-01T09:00:00+08:00' },
      '2024-01-01T09:00:00+08:00',
    );
    const ref = { taskId: 't1', listId: 'l1', area: '依法决策', title: '任务一' };
    await writer.append(
      'task-t1',
      'TaskDrafted',
      {
        ...ref,
        description: 'd',
        leadUnitId: 'u1',
        cooperatingUnitIds: [],
        deadline: '2024-06-30',
        indicators: { indicators: [], rates: [] },
        draftedAt: '2024-02-01T09:00:00+08:00',
      },
      '2024-02-01T09:00:00+08:00',
    );
    const data = await app.until<any>(
      `{ task(id: "t1") { id title status leadUnitName timeline { type actorRole changes { field from to } } } }`,
      (d) => d.task?.leadUnitName === '司法局',
    );
    expect(data.task).toMatchObject({ id: 't1', status: 'DRAFT', leadUnitName: '司法局' });
    expect(data.task.timeline[0].type).toBe('TaskDrafted');
  });
});
