import { describe, expect, it } from 'vitest';
import { summarizeEventData } from './summarize-event-data.js';

describe('summarizeEventData', () => {
  it('lists the top-level fields in order as name=value, counting arrays and folding objects', () => {
    expect(
      summarizeEventData({ taskId: 't1', units: ['a', 'b'], deadline: '2030-12-31', extra: { a: 1 }, n: 3 }),
    ).toBe('taskId=t1, units=[2], deadline=2030-12-31, extra={…}, n=3');
  });

  it('never shows password hashes, token hashes or other secrets', () => {
    const summary = summarizeEventData({
      userId: 'u1',
      passwordHash: '$argon2id$v=19$secret',
      tokenHash: 'abc',
      spentHashes: ['x'],
      refreshToken: 'r',
      tokenVersion: 2,
    });
    expect(summary).toBe('userId=u1, tokenVersion=2');
  });

  it('leaves out empty fields and cuts long texts and long lines short', () => {
    const summary = summarizeEventData({ note: '很'.repeat(100), gone: null, missing: undefined });
    expect(summary).toBe(`note=${'很'.repeat(39)}…`);
    const wide = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`field${i}`, 'value-value']));
    expect([...summarizeEventData(wide)]).toHaveLength(200);
  });

  it('counts characters, not UTF-16 units, when cutting', () => {
    // 40 astral characters are 80 units: still short enough to be shown whole.
    expect(summarizeEventData({ s: '𠀀'.repeat(40) })).toBe(`s=${'𠀀'.repeat(40)}`);
    expect(summarizeEventData({ s: '𠀀'.repeat(41) })).toBe(`s=${'𠀀'.repeat(39)}…`);
    // A lone surrogate counts as one character, as when spreading the string.
    const lone = `${'a'.repeat(39)}\ud800b`;
    expect(summarizeEventData({ s: lone })).toBe(`s=${'a'.repeat(39)}…`);
    expect(summarizeEventData({ s: `${'a'.repeat(38)}\ud800` })).toBe(`s=${'a'.repeat(38)}\ud800`);
  });
});
