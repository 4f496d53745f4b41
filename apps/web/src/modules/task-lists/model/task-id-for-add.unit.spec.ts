import { describe, expect, it } from 'vitest';
import { TaskIdForAdd, newTaskId } from './task-id-for-add.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Ids handed out in turn, so a test sees which one each submit used. */
const counting = () => {
  let next = 0;
  return () => `id-${++next}`;
};

describe('the task id an add-task dialog sends', () => {
  it('sends the id of a failed submit again with the next one, and a new id once an add went through', async () => {
    const ids = new TaskIdForAdd(counting());
    const sent: string[] = [];
    const lostReply = async (taskId: string) => {
      sent.push(taskId);
      throw new Error('Failed to fetch');
    };
    const answered = async (taskId: string) => {
      sent.push(taskId);
      return { id: taskId };
    };

    await expect(ids.submit(lostReply)).rejects.toThrow('Failed to fetch');
    await expect(ids.submit(lostReply)).rejects.toThrow('Failed to fetch');
    await expect(ids.submit(answered)).resolves.toEqual({ id: 'id-1' });
    await ids.submit(answered);
    expect(sent).toEqual(['id-1', 'id-1', 'id-1', 'id-2']);
  });

  it('forgets the id of a failed submit when the dialog opens for another task', async () => {
    const ids = new TaskIdForAdd(counting());
    const sent: string[] = [];
    await expect(
      ids.submit(async (taskId) => {
        sent.push(taskId);
        throw new Error('timeout');
      }),
    ).rejects.toThrow('timeout');
    ids.forget();
    await ids.submit(async (taskId) => sent.push(taskId));
    expect(sent).toEqual(['id-1', 'id-2']);
  });

  it('makes a random UUID, with or without crypto.randomUUID (plain HTTP has none)', () => {
    const first = newTaskId();
    expect(first).toMatch(UUID_V4);
    expect(newTaskId()).not.toBe(first);
    const insecure = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array) };
    const made = new Set(Array.from({ length: 50 }, () => newTaskId(insecure)));
    expect(made.size).toBe(50);
    for (const id of made) expect(id).toMatch(UUID_V4);
  });
});
