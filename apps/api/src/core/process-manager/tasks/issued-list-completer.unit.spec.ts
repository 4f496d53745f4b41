import { DomainError } from '@duban/domain';
import { EventStoreUnavailableError } from '@duban/event-store';
import type { EventStore, ReadAllEvent } from '@duban/event-store';
import { describe, expect, it } from 'vitest';
import type { TaskCommandRunner } from '../../../modules/tasks/commands/task-command.runner.js';
import { IssuedListCompleter } from './issued-list-completer.service.js';

const issued = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'TaskListIssued',
  data: { listId: 'list-1', taskIds: ['t1', 't2'] },
  metadata: { actor: { userId: 'office', role: 'DISTRICT_OFFICE', unitId: null }, correlationId: 'c1' },
} as unknown as ReadAllEvent;

/** Runs IssueTask commands, failing the given number of times first with `error`. */
function runner(failures: number, error: Error) {
  const assigned: string[] = [];
  let left = failures;
  const tasks = {
    run: async (command: { data: { taskId: string } }) => {
      if (left > 0) {
        left -= 1;
        throw error;
      }
      assigned.push(command.data.taskId);
      return { events: [{}], checkpoint: null };
    },
  } as unknown as TaskCommandRunner;
  return { tasks, assigned };
}

describe('IssuedListCompleter', () => {
  it('keeps trying through a store outage and then assigns every task of the list', async () => {
    const { tasks, assigned } = runner(3, new EventStoreUnavailableError('database down'));
    const completer = new IssuedListCompleter({} as EventStore, tasks);
    const waits: number[] = [];
    completer.sleep = async (ms) => {
      waits.push(ms);
    };
    expect(await completer.complete(issued)).toEqual(['t1', 't2']);
    expect(assigned).toEqual(['t1', 't2']);
    expect(waits).toEqual([100, 200, 400]);
  });

  it('gives up at once on anything but an outage', async () => {
    const { tasks, assigned } = runner(1, new Error('refused'));
    const completer = new IssuedListCompleter({} as EventStore, tasks);
    completer.sleep = async () => {
      throw new Error('must not wait');
    };
    expect(await completer.complete(issued)).toEqual([]);
    expect(assigned).toEqual([]);
  });

  it('passes over a member the domain refuses, logging it once, and assigns the rest without waiting', async () => {
    const list = {
      ...issued,
      data: { listId: 'list-1', taskIds: ['t1', 'cancelled', 't2'] },
    } as unknown as ReadAllEvent;
    const assigned: string[] = [];
    let attempts = 0;
    const tasks = {
      run: async (command: { data: { taskId: string } }) => {
        if (command.data.taskId === 'cancelled') {
          attempts += 1;
          throw new DomainError(
            'INVALID_STATE',
            'TASK_NOT_DRAFT',
            'task cancelled is CANCELLED; expected DRAFT',
          );
        }
        assigned.push(command.data.taskId);
        return { events: [{}], checkpoint: null };
      },
      load: async () => ({ state: { status: 'CANCELLED' }, version: 2 }),
    } as unknown as TaskCommandRunner;
    const completer = new IssuedListCompleter({} as EventStore, tasks);
    completer.sleep = async () => {
      throw new Error('must not wait');
    };
    const logged: string[] = [];
    (completer as unknown as { logger: { log: () => void; error: (m: string) => void } }).logger = {
      log: () => undefined,
      error: (message) => logged.push(message),
    };
    expect(await completer.complete(list)).toEqual(['t1', 't2']);
    expect(assigned).toEqual(['t1', 't2']);
    expect(attempts).toBe(1);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('task cancelled of issued list list-1 cannot be assigned (TASK_NOT_DRAFT)');
  });

  it('stops trying once the application shuts down', async () => {
    const { tasks, assigned } = runner(1000, new EventStoreUnavailableError('database down'));
    const completer = new IssuedListCompleter({} as EventStore, tasks);
    let waits = 0;
    completer.sleep = async () => {
      waits += 1;
      if (waits === 5) await completer.onApplicationShutdown();
    };
    expect(await completer.complete(issued)).toEqual([]);
    expect(waits).toBe(5);
    expect(assigned).toEqual([]);
  });
});
