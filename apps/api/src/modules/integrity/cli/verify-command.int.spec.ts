import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPgliteEventStore } from '@duban/event-store';
import type { SqlEventStore } from '@duban/event-store';
import { verifyCommand } from './verify-command.js';

const actor = { userId: 'office-1', role: 'DISTRICT_OFFICE', unitId: null };
const event = (type: string, data: unknown = {}) => ({ id: randomUUID(), type, data, metadata: { actor } });

describe('the verify command', () => {
  // One embedded database for the file (starting one takes seconds on a busy machine).
  let store: SqlEventStore;
  let lines: string[];
  const run = () => verifyCommand(store, (line) => lines.push(line));

  beforeAll(async () => {
    store = createPgliteEventStore();
    await store.init();
  }, 120_000);
  afterAll(() => store?.close());
  beforeEach(() => {
    lines = [];
  });

  it('exits 0 for an intact log and says how much it checked', async () => {
    await store.append('task-1', [event('TaskAssigned'), event('TaskAcknowledged')], 'no_stream');
    expect(await run()).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ command: 'verify', ok: true, events: 2, streams: 1 });
    expect(lines).toHaveLength(1);
  });

  it('exits 1 for a broken log, printing where it breaks', async () => {
    await store.append(
      'task-2',
      [event('TaskAssigned'), event('TaskAcknowledged'), event('ProgressReported')],
      'no_stream',
    );
    const [, missing, after] = await store.readStream('task-2');
    await store.sql.query(`delete from ${store.schema}.events where event_id = $1`, [missing!.id]);
    expect(await run()).toBe(1);
    expect(JSON.parse(lines[0]!).firstBreak).toMatchObject({
      kind: 'EVENT_MISSING',
      streamId: 'task-2',
      streamPosition: 1,
    });
    expect(lines[1]).toMatch(
      new RegExp(`^BROKEN EVENT_MISSING stream=task-2 position=1 event=${after!.id} `),
    );
  });
});
