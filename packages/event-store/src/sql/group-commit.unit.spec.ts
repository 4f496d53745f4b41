import { describe, expect, it } from 'vitest';
import { GroupCommitter } from './group-commit.js';
import type { GroupCommitOptions } from './group-commit.js';

interface Member {
  streamId: string;
  eventCount: number;
  tag: string;
}

/** A committer whose server calls are held until the test releases them. */
function harness(options: Partial<GroupCommitOptions> = {}) {
  const calls: Array<{ tags: string[]; release(fail?: Error): void }> = [];
  const committer = new GroupCommitter<Member, string>(
    { maxInFlight: 1, maxAppends: 64, soloEvents: 1000, ...options },
    (member) =>
      new Promise((resolve, reject) => {
        calls.push({
          tags: [member.tag],
          release: (fail) => (fail ? reject(fail) : resolve(`one:${member.tag}`)),
        });
      }),
    (members) =>
      new Promise((resolve, reject) => {
        calls.push({
          tags: members.map((m) => m.tag),
          release: (fail) => (fail ? reject(fail) : resolve(members.map((m) => `group:${m.tag}`))),
        });
      }),
  );
  const submit = (tag: string, streamId = `s-${tag}`, eventCount = 1) =>
    committer.submit({ tag, streamId, eventCount });
  // Past the turn in which appends submitted while others run are held back to leave together.
  const settle = () => new Promise((resolve) => setTimeout(() => setImmediate(resolve), 1));
  return { committer, calls, submit, settle };
}

describe('group commit', () => {
  it('sends a lone append on its own and groups the appends that arrive while it runs', async () => {
    const { calls, submit, settle } = harness();
    const a = submit('a');
    const b = submit('b');
    const c = submit('c');
    await settle();
    expect(calls.map((call) => call.tags)).toEqual([['a']]);
    calls[0]!.release();
    expect(await a).toBe('one:a');
    await settle();
    expect(calls.map((call) => call.tags)).toEqual([['a'], ['b', 'c']]);
    calls[1]!.release();
    expect(await Promise.all([b, c])).toEqual(['group:b', 'group:c']);
  });

  it('keeps at most maxInFlight calls at the server', async () => {
    const { calls, submit, settle, committer } = harness({ maxInFlight: 2 });
    const first = ['a', 'b', 'c'].map((tag) => submit(tag));
    await settle();
    // a found the server idle and left at once; b and c, submitted while it ran, left together.
    expect(calls.map((call) => call.tags)).toEqual([['a'], ['b', 'c']]);
    const later = ['d', 'e'].map((tag) => submit(tag));
    await settle();
    expect(calls).toHaveLength(2);
    expect(committer.waiting).toBe(2);
    calls[1]!.release();
    await settle();
    expect(calls.map((call) => call.tags)).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
    expect(committer.waiting).toBe(0);
    calls[0]!.release();
    calls[2]!.release();
    expect(await Promise.all([...first, ...later])).toEqual([
      'one:a',
      'group:b',
      'group:c',
      'group:d',
      'group:e',
    ]);
    expect(committer.stats).toEqual({ calls: 3, appends: 5 });
  });

  it('never lets two calls in flight write the same stream, and keeps one stream in submission order', async () => {
    const { calls, submit, settle } = harness({ maxInFlight: 2 });
    const first = submit('x1', 'x');
    const all = [submit('x2', 'x'), submit('y1', 'y'), submit('x3', 'x'), submit('z1', 'z')];
    await settle();
    // x2 and x3 wait for x1; y1 and z1 go beside it.
    expect(calls.map((call) => call.tags)).toEqual([['x1'], ['y1', 'z1']]);
    calls[1]!.release();
    await settle();
    expect(calls).toHaveLength(2);
    calls[0]!.release();
    await settle();
    expect(calls.map((call) => call.tags)[2]).toEqual(['x2', 'x3']);
    calls[2]!.release();
    expect(await Promise.all([first, ...all])).toEqual([
      'one:x1',
      'group:x2',
      'group:y1',
      'group:x3',
      'group:z1',
    ]);
  });

  it('caps a group at maxAppends, and sends a large append at once, alone, but never beside a write to its stream', async () => {
    const { calls, submit, settle } = harness({ maxAppends: 2, soloEvents: 10 });
    const all = [submit('head'), submit('a', 'a'), submit('b', 'b'), submit('c', 'c')];
    // Large: leaves at once although the one slot is taken.
    all.push(submit('big', 'big', 50));
    // Large, but an append to its stream waits before it: stays behind that one.
    all.push(submit('bigA', 'a', 50));
    expect(calls.map((call) => call.tags)).toEqual([['head'], ['big']]);
    await settle();
    expect(calls).toHaveLength(2);
    calls[0]!.release();
    await settle();
    expect(calls.map((call) => call.tags)).toEqual([['head'], ['big'], ['a', 'b']]);
    calls[2]!.release();
    await settle();
    // a is written: bigA leaves alone, c takes the slot.
    expect(calls.map((call) => call.tags)).toEqual([['head'], ['big'], ['a', 'b'], ['bigA'], ['c']]);
    for (const call of calls) call.release();
    expect(await Promise.all(all)).toEqual([
      'one:head',
      'group:a',
      'group:b',
      'one:c',
      'one:big',
      'one:bigA',
    ]);
  });

  it('lets a later append to a stream join the group that writes it, in order', async () => {
    const { calls, submit, settle } = harness();
    const all = [submit('head'), submit('x1', 'x'), submit('y1', 'y'), submit('x2', 'x')];
    await settle();
    calls[0]!.release();
    await settle();
    expect(calls.map((call) => call.tags)).toEqual([['head'], ['x1', 'y1', 'x2']]);
    calls[1]!.release();
    await Promise.all(all);
  });

  it('runs the members of a failed group one by one, each getting its own answer or error', async () => {
    const { calls, submit, settle } = harness();
    const head = submit('head');
    const a = submit('a');
    const b = submit('b');
    const bSettled = b.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    const c = submit('c');
    await settle();
    calls[0]!.release();
    await settle();
    expect(calls[1]!.tags).toEqual(['a', 'b', 'c']);
    calls[1]!.release(new Error('duplicate key'));
    await settle();
    expect(calls.map((call) => call.tags).slice(2)).toEqual([['a']]);
    calls[2]!.release();
    await settle();
    calls[3]!.release(new Error('b refused'));
    await settle();
    calls[4]!.release();
    await head;
    expect(await a).toBe('one:a');
    expect(await bSettled).toBe('b refused');
    expect(await c).toBe('one:c');
    // The members ran alone, in order, while holding the group's slot.
    expect(calls.map((call) => call.tags)).toEqual([['head'], ['a', 'b', 'c'], ['a'], ['b'], ['c']]);
  });

  it('refuses limits that are not positive integers', () => {
    const noop = () => Promise.resolve('');
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(
        () =>
          new GroupCommitter({ maxInFlight: bad, maxAppends: 1, soloEvents: 1 }, noop, () =>
            Promise.resolve([]),
          ),
      ).toThrow(/maxInFlight must be a positive integer/);
    }
  });
});
