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
