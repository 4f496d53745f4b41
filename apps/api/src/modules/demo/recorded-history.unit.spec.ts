import { describe, expect, it } from 'vitest';
import { ConcurrencyError } from '@duban/event-store';
import type { EventStore, NewEvent, RecordedEvent } from '@duban/event-store';
import { RecordedHistory } from './recorded-history.js';

const actor = { userId: 'u1', role: 'DISTRICT_OFFICE', unitId: null };
const event = (id: string, recordedAt: string): NewEvent => ({
  id,
  type: 'Something',
  data: { id },
  metadata: { actor, recordedAt },
});

/** A real store as far as the history uses it: stream reads and restore. */
function targetStore(existing: RecordedEvent[] = []) {
  const restored: RecordedEvent[][] = [];
  const store = {
    readStream: async (streamId: string) => existing.filter((e) => e.streamId === streamId),
    restore: async (events: RecordedEvent[]) => {
      restored.push(events);
    },
  } as unknown as EventStore;
  return { store, restored };
}

describe('RecordedHistory', () => {
  it('keeps appended events until commit, then restores them in date order with the time each was decided', async () => {
    const { store, restored } = targetStore();
    const history = new RecordedHistory(store);
    await history.append('b', [event('b0', '2024-03-01T01:00:00.000Z')], 'no_stream');
    await history.append('a', [event('a0', '2024-01-01T01:00:00.000Z')], 'no_stream');
    await history.append('a', [event('a1', '2024-06-01T01:00:00+08:00')], 0);
    expect(restored).toEqual([]);
    expect(await history.commit()).toBe(3);
    expect(restored).toHaveLength(1);
    expect(restored[0]!.map((e) => [e.id, e.streamId, e.streamPosition, e.recordedAt])).toEqual([
      ['a0', 'a', 0, '2024-01-01T01:00:00.000Z'],
      ['b0', 'b', 0, '2024-03-01T01:00:00.000Z'],
      ['a1', 'a', 1, '2024-05-31T17:00:00.000Z'],
    ]);
  });

  it('refuses an append at the wrong version, as a store does, and takes the same ids again as already stored', async () => {
    const history = new RecordedHistory(targetStore().store);
    await history.append('a', [event('a0', '2024-01-01T00:00:00.000Z')], 'no_stream');
    await expect(
      history.append('a', [event('a1', '2024-01-02T00:00:00.000Z')], 'no_stream'),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    await history.append('a', [event('a0', '2024-01-01T00:00:00.000Z')], 'no_stream');
    expect(history.pending.map((e) => e.id)).toEqual(['a0']);
  });

  it('continues a stream the real store already holds, from its next position', async () => {
    const stored: RecordedEvent = {
      id: 'x0',
      streamId: 'x',
      streamPosition: 0,
      globalPosition: 1n,
      type: 'Something',
      data: {},
      metadata: { actor },
      recordedAt: '2024-01-01T00:00:00.000Z',
    };
    const history = new RecordedHistory(targetStore([stored]).store);
    expect(await history.streamVersion('x')).toBe(0);
    await history.append('x', [event('x1', '2024-01-05T00:00:00.000Z')], 0);
    expect(history.pending.map((e) => e.streamPosition)).toEqual([1]);
    expect((await history.readStream('x')).map((e) => e.id)).toEqual(['x0', 'x1']);
  });

  it('fails the commit, restoring nothing, when a stream’s events are dated backwards', async () => {
    const { store, restored } = targetStore();
    const history = new RecordedHistory(store);
    await history.append('a', [event('a0', '2024-05-01T00:00:00.000Z')], 'no_stream');
    await history.append('a', [event('a1', '2024-04-01T00:00:00.000Z')], 0);
    await expect(history.commit()).rejects.toThrow(/dated before/);
    expect(restored).toEqual([]);
  });

  it('refuses an event without the time its command was decided', async () => {
    const history = new RecordedHistory(targetStore().store);
    await expect(
      history.append('a', [{ id: 'a0', type: 'Something', data: {}, metadata: { actor } }], 'no_stream'),
    ).rejects.toThrow(/recordedAt/);
  });
});
