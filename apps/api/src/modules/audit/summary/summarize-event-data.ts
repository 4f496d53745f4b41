/** Fields whose values must never leave the server, not even in an audit screen. */
const SECRET_FIELD = /hash|password|secret|token(?!version)/i;
const MAX_VALUE = 40;
const MAX_SUMMARY = 200;

const shorten = (text: string, max: number): string =>
  [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;

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
    if (SECRET_FIELD.test(name)) continue;
    const shown = showValue(value);
    if (shown !== null) parts.push(`${name}=${shown}`);
  }
  return shorten(parts.join(', '), MAX_SUMMARY);
}
