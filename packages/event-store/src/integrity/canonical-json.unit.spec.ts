import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonical JSON', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: 'x' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":"x","z":0}]},"b":1}',
    );
  });

  it('drops what JSON.stringify drops and honours toJSON', () => {
    const at = new Date('2024-03-01T02:00:00.000Z');
    expect(canonicalJson({ at, gone: undefined, f: () => 1, list: [undefined, Number.NaN] })).toBe(
      '{"at":"2024-03-01T02:00:00.000Z","list":[null,null]}',
    );
  });

  it('encodes a value and the same value parsed back from its JSON identically', () => {
    const value = { 标题: '行政复议', n: 1e21, small: 5e-324, nested: { '': [true, false, -0, 0.1] } };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });

  it('refuses a bigint, which has no JSON form', () => {
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });
});

describe('canonical JSON against a sorted-copy reference', () => {
  // The reference: copy with keys sorted at every depth (after toJSON), then JSON.stringify.
  const sortedCopy = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const plain =
      typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as Date).toJSON() : value;
    if (plain === null || typeof plain !== 'object') return plain;
    if (Array.isArray(plain)) return plain.map(sortedCopy);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(plain).sort())
      out[key] = sortedCopy((plain as Record<string, unknown>)[key]);
    return out;
  };
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  // No integer-like keys: a JS object lists those first whatever the order, so the copy could not hold them sorted.
  const keys = ['b', 'a', 'z', '标题', 'aa', 'A', '', 'a b'];
  const leaf = (): unknown =>
    [
      () => random() * 1e6 - 5e5,
      () => Math.floor(random() * 100),
      () => `s${random()}`,
      () => null,
      () => random() > 0.5,
      () => undefined,
      () => new Date(Math.floor(random() * 1e12)),
      () => Number.NaN,
    ][Math.floor(random() * 8)]!();
  const build = (depth: number): unknown => {
    if (depth === 0 || random() < 0.3) return leaf();
    if (random() < 0.4) return Array.from({ length: Math.floor(random() * 4) }, () => build(depth - 1));
    const out: Record<string, unknown> = {};
    for (let i = Math.floor(random() * 5); i > 0; i--)
      out[keys[Math.floor(random() * keys.length)]!] = build(depth - 1);
    return out;
  };

  it('sorts integer-like keys as text, unlike property order', () => {
    expect(canonicalJson({ a: 3, '10': 1, '2': 2, '': 0 })).toBe('{"":0,"10":1,"2":2,"a":3}');
  });

  it('writes the same text for 500 random values', () => {
    for (let i = 0; i < 500; i++) {
      const value = { root: build(4) };
      expect(canonicalJson(value)).toBe(JSON.stringify(sortedCopy(value)));
    }
  });
});
