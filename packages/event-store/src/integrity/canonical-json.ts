/**
 * JSON with object keys sorted (UTF-16 code unit order) and no whitespace, otherwise exactly what
 * `JSON.stringify` writes: `toJSON` is honoured, `undefined`, functions and symbols are dropped from
 * objects and become `null` in arrays, non-finite numbers become `null`. A value and the same value
 * read back from a jsonb column therefore encode to the same text, which is what the event hashes
 * rely on: key order and number spelling are not preserved by jsonb, the values are.
 *
 * Every append runs this once per event, so it is written for speed: one string built by
 * concatenation, and keys sorted only when they are not already in order.
 */
export function canonicalJson(value: unknown): string {
  const text = encode(value, '');
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return text;
}

/**
 * The canonical JSON of one array element at `index`, as `canonicalJson` writes it inside an array
 * (what has no JSON form becomes `null`). Lets a caller assemble an array's text from parts it also
 * needs on their own.
 */
export function canonicalJsonElement(value: unknown, index: number): string {
  return encode(value, String(index)) ?? 'null';
}

function encode(input: unknown, key: string): string | undefined {
  switch (typeof input) {
    case 'string':
      return JSON.stringify(input);
    case 'number':
      return Number.isFinite(input) ? String(input) : 'null';
    case 'boolean':
      return input ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: a bigint has no JSON form');
    case 'object':
      return input === null ? 'null' : encodeObject(input, key);
    default:
      return undefined;
  }
}

function encodeObject(input: object, key: string): string | undefined {
  let value: unknown = input;
  if (typeof (input as { toJSON?: unknown }).toJSON === 'function') {
    value = (input as { toJSON(key: string): unknown }).toJSON(key);
    if (value === null || typeof value !== 'object') return encode(value, key);
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    return encode(value.valueOf(), key);
  }
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      text += encode(value[i], String(i)) ?? 'null';
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const names = Object.keys(record);
  if (!inOrder(names)) names.sort();
  let text = '{';
  let first = true;
  for (const name of names) {
    const encoded = encode(record[name], name);
    if (encoded === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(name)}:${encoded}`;
    first = false;
  }
  return `${text}}`;
}

function inOrder(names: string[]): boolean {
  for (let i = 1; i < names.length; i++) if (names[i - 1]! > names[i]!) return false;
  return true;
}
