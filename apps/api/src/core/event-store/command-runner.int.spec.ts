import { describe, expect, it } from 'vitest';
import { invalidState } from '@duban/domain';
import type { Actor } from '@duban/domain';
import { ConcurrencyError, createPgliteEventStore } from '@duban/event-store';
import type { EventStore } from '@duban/event-store';
import { Clock } from '../clock/clock.js';
import { CommandRunner } from './command-runner.js';
import type { StreamDecider } from './stream-decider.js';

type CounterEvent = { type: 'Incremented'; data: { by: number } };
type CounterCommand = { type: 'Increment'; by: number };
const counter: StreamDecider<CounterCommand, CounterEvent, number> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.by,
  decide: (command, total) => {
    if (total + command.by > 10) throw invalidState('COUNTER_FULL', 'the counter stops at 10', { total });
    return command.by === 0 ? [] : [{ type: 'Incremented', data: { by: command.by } }];
  },
};
const actor: Actor = { userId: 'u1', role: 'DISTRICT_OFFICE', unitId: null };
const fixedClock = new (class extends Clock {
  override now() {
    return new Date('2025-03-01T08:00:00.000Z');
  }
})();

const withStore = async (test: (store: EventStore, runner: CommandRunner) => Promise<void>) => {
  const store = createPgliteEventStore();
  await store.init();
  try {
    await test(store, new CommandRunner(store, fixedClock));
  } finally {
    await store.close();
  }
};

describe('CommandRunner (on PGlite)', () => {
  it('appends the decided events with the actor and the time in their metadata', () =>
    withStore(async (store, runner) => {
      const result = await runner.run({
        streamId: 'counter-1',
        decider: counter,
        command: { type: 'Increment', by: 2 },
        actor,
      });
      expect(result).toMatchObject({ state: 2, version: 0, alreadyDone: false });
      const [event] = await store.readStream('counter-1');
      expect(event).toMatchObject({
        type: 'Incremented',
        data: { by: 2 },
        metadata: {
          actor: { userId: 'u1', role: 'DISTRICT_OFFICE', unitId: null },
          recordedAt: '2025-03-01T08:00:00.000Z',
        },
      });
    }));

  it('writes nothing when the decider refuses or decides nothing', () =>
    withStore(async (store, runner) => {
      await runner.run({
        streamId: 'counter-1',
        decider: counter,
        command: { type: 'Increment', by: 9 },
        actor,
      });
      await expect(
        runner.run({ streamId: 'counter-1', decider: counter, command: { type: 'Increment', by: 5 }, actor }),
      ).rejects.toMatchObject({ code: 'COUNTER_FULL' });
      await runner.run({
        streamId: 'counter-1',
        decider: counter,
        command: { type: 'Increment', by: 0 },
        actor,
      });
      expect(await store.streamVersion('counter-1')).toBe(0);
    }));

  it('checks the access rule before deciding', () =>
    withStore(async (store, runner) => {
      const refuse = () => {
        throw invalidState('NOPE', 'not you');
      };
      await expect(
        runner.run({
          streamId: 'c',
          decider: counter,
          command: { type: 'Increment', by: 1 },
          actor,
          assertMayRun: refuse,
        }),
      ).rejects.toMatchObject({ code: 'NOPE' });
      expect(await store.streamVersion('c')).toBe(-1);
    }));

  it('fails with ConcurrencyError when the stream moved between reading and appending', () =>
    withStore(async (store, runner) => {
      await runner.run({
        streamId: 'counter-1',
        decider: counter,
        command: { type: 'Increment', by: 1 },
        actor,
      });
      // A writer that slips in after our read: the runner's append must not overwrite its event.
      const readStream = store.readStream.bind(store);
      store.readStream = async (...args) => {
        const events = await readStream(...args);
        await store.append(
          'counter-1',
          [{ id: crypto.randomUUID(), type: 'Incremented', data: { by: 1 }, metadata: { actor } }],
          'any',
        );
        return events;
      };
      await expect(
        runner.run({ streamId: 'counter-1', decider: counter, command: { type: 'Increment', by: 1 }, actor }),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      store.readStream = readStream;
      expect(await store.streamVersion('counter-1')).toBe(1);
    }));

  it('treats a retry with the same idempotency key as already done', () =>
    withStore(async (store, runner) => {
      const run = () =>
        runner.run({
          streamId: 'counter-1',
          decider: counter,
          command: { type: 'Increment', by: 3 },
          actor,
          idempotencyKey: 'req-1',
        });
      expect((await run()).alreadyDone).toBe(false);
      const retry = await run();
      expect(retry).toMatchObject({ alreadyDone: true, state: 3, events: [] });
      expect(await store.streamVersion('counter-1')).toBe(0);
    }));

  it('lets exactly one of two claims on a name hold, and a repeated claim hold again', () =>
    withStore(async (_store, runner) => {
      const event = { type: 'NameClaimed', data: {} };
      expect(await runner.claim('name-x', event, actor, 'a0000000-0000-4000-8000-000000000001')).toBe(true);
      expect(await runner.claim('name-x', event, actor, 'a0000000-0000-4000-8000-000000000001')).toBe(true);
      expect(await runner.claim('name-x', event, actor, 'a0000000-0000-4000-8000-000000000002')).toBe(false);
    }));
});
