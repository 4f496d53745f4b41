import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentDigest, contentText } from '../integrity/event-hash.js';
import type { NewEvent } from '../types.js';
import { encodeEvents, encodeGroup } from './event-tuples.js';

const event = (n: number): NewEvent => ({
  id: `A1B2C3D4-0000-4000-8000-00000000000${n}`,
  type: n % 2 ? 'ProgressReported' : 'TaskAccepted',
  data: { title: `案卷评查 ${n}`, figures: { checked: 505 + n }, note: 'a "quoted" \\ line\nbreak' },
  metadata: { actor: { userId: `u${n}`, role: 'unit_officer' }, correlationId: `c${n}` },
});
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('encodeEvents', () => {
  it('sends each event as its content text, in binary jsonb, with the digests in order beside it', () => {
    const events = [event(1), event(2), event(3)];
    const { jsonb, digests } = encodeEvents(events);
    expect(jsonb[0]).toBe(1); // jsonb binary format version
    const text = jsonb.subarray(1).toString('utf8');
    expect(text).toBe(`[${events.map(contentText).join(',')}]`);
    expect(JSON.parse(text)).toEqual(events.map((e) => JSON.parse(contentText(e)) as unknown));
    expect(digests).toHaveLength(32 * events.length);
    events.forEach((e, i) => {
      expect(digests.subarray(i * 32, i * 32 + 32).toString('hex')).toBe(contentDigest(e).toString('hex'));
      expect(sha256(Buffer.from(contentText(e), 'utf8'))).toBe(contentDigest(e).toString('hex'));
    });
  });

  it('encodes a single event with nothing around it but the brackets', () => {
    const { jsonb, digests } = encodeEvents([event(4)]);
    expect(jsonb.subarray(1).toString('utf8')).toBe(`[${contentText(event(4))}]`);
    expect(digests.toString('hex')).toBe(contentDigest(event(4)).toString('hex'));
  });
});

describe('encodeGroup', () => {
  it('lays out [stream, expected, mode, events] per append and concatenates the digests in the same order', () => {
    const first = encodeEvents([event(1), event(2)]);
    const second = encodeEvents([event(3)]);
    const group = encodeGroup([
      { streamId: 'task-"甲"', expected: 4, mode: 'exact', events: first },
      { streamId: 'task-b', expected: null, mode: 'any', events: second },
    ]);
    expect(group.jsonb[0]).toBe(1);
    expect(JSON.parse(group.jsonb.subarray(1).toString('utf8'))).toEqual([
      ['task-"甲"', 4, 'exact', [event(1), event(2)].map((e) => JSON.parse(contentText(e)) as unknown)],
      ['task-b', null, 'any', [JSON.parse(contentText(event(3))) as unknown]],
    ]);
    expect(group.digests.equals(Buffer.concat([first.digests, second.digests]))).toBe(true);
  });
});
