/**
 * JSON with object keys sorted (UTF-16 code unit order) and no whitespace, otherwise exactly what
 * `JSON.stringify` writes: `toJSON` is honoured, `undefined`, functions and symbols are dropped from
 * objects and become `null` in arrays, non-finite numbers become `null`. A value and the same value
 * read back from a jsonb column therefore encode to the same text, which is what the event hashes
 * rely on: key order and number spelling are not preserved by jsonb, the values are.
 */
export function canonicalJson(value: unknown): string {
  const text = encode(value, '');
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return text;
}

function encode(input: unknown, key: string): string | undefined {
  let value = input;
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    value = (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: a bigint has no JSON form');
    case 'object': {
      if (value === null) return 'null';
      if (value instanceof Number || value instanceof String || value instanceof Boolean) {
        return encode(value.valueOf(), key);
      }
      if (Array.isArray(value)) {
        const items: string[] = [];
        for (let i = 0; i < value.length; i++) items.push(encode(value[i], String(i)) ?? 'null');
        return `[${items.join(',')}]`;
      }
      const record = value as Record<string, unknown>;
      const members: string[] = [];
      for (const name of Object.keys(record).sort()) {
        const encoded = encode(record[name], name);
        if (encoded !== undefined) members.push(`${JSON.stringify(name)}:${encoded}`);
      }
      return `{${members.join(',')}}`;
    }
    default:
      return undefined;
  }
}
