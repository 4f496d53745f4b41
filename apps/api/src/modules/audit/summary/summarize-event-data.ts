/** Fields whose values must never leave the server, not even in an audit screen. */
const SECRET_FIELD = /hash|password|secret|token(?!version)/i;
const MAX_VALUE = 40;
/** Field names seen so far and whether they are secret: the same few names recur in every event. */
const secretByName = new Map<string, boolean>();
const isSecret = (name: string): boolean => {
  let secret = secretByName.get(name);
  if (secret === undefined) {
    secret = SECRET_FIELD.test(name);
    // Bounded: event data written by hand (imports) may carry any names.
    if (secretByName.size < 10_000) secretByName.set(name, secret);
  }
  return secret;
};
const MAX_SUMMARY = 200;

/** UTF-16 units of the first `count` code points of `text` (a lone surrogate counts as one). */
const unitsOf = (text: string, count: number): number => {
  let units = 0;
  for (let points = 0; points < count && units < text.length; points++) {
    units += text.codePointAt(units)! > 0xffff ? 2 : 1;
  }
  return units;
};

/**
 * Cut to `max` characters (code points), the last one an ellipsis. Walks at most `max` code points,
 * whatever the length: every event's summary passes here when the audit log is built.
 */
const shorten = (text: string, max: number): string => {
  if (text.length <= max || unitsOf(text, max) >= text.length) return text;
  return `${text.slice(0, unitsOf(text, max - 1))}…`;
};

const showValue = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return shorten(value, MAX_VALUE);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (Array.isArray(value)) return `[${value.length}]`;
  return '{…}';
};

/**
 * A one-line account of an event's data for the audit log: its top-level fields as `name=value`, in
 * the order the event has them, secrets left out, long texts and the whole line cut short.
 */
export function summarizeEventData(data: unknown): string {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return showValue(data) ?? '';
  const parts: string[] = [];
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    if (isSecret(name)) continue;
    const shown = showValue(value);
    if (shown !== null) parts.push(`${name}=${shown}`);
  }
  return shorten(parts.join(', '), MAX_SUMMARY);
}
