import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../types.js';
import { validateAppend } from './validate-append.js';

const event = (overrides: Partial<NewEvent> = {}): NewEvent => ({
  id: randomUUID(),
  type: 'TaskAssigned',
  data: {},
  metadata: { actor: { userId: 'u', role: 'office' } },
  ...overrides,
});
const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { reason?: string }).reason;
  }
  return undefined;
};

describe('validating an append', () => {
  it('treats expected version -1 as no_stream and passes other versions through', () => {
    expect(validateAppend('s', [event()], -1)).toBe('no_stream');
    expect(validateAppend('s', [event()], 4)).toBe(4);
    expect(validateAppend('s', [event()], 'stream_exists')).toBe('stream_exists');
  });

  it('names what is wrong with a malformed append', () => {
    const id = randomUUID();
    expect(reason(() => validateAppend('', [event()], 'any'))).toBe('STREAM_ID_INVALID');
    expect(reason(() => validateAppend('$all', [event()], 'any'))).toBe('STREAM_ID_INVALID');
    expect(reason(() => validateAppend('s', [], 'any'))).toBe('EVENTS_EMPTY');
    expect(reason(() => validateAppend('s', [event({ id: 'x' })], 'any'))).toBe('EVENT_ID_INVALID');
    expect(reason(() => validateAppend('s', [event({ id }), event({ id: id.toUpperCase() })], 'any'))).toBe(
      'EVENT_ID_REPEATED',
    );
    expect(reason(() => validateAppend('s', [event({ type: '' })], 'any'))).toBe('EVENT_TYPE_INVALID');
    expect(reason(() => validateAppend('s', [event({ data: undefined })], 'any'))).toBe('EVENT_DATA_MISSING');
    expect(reason(() => validateAppend('s', [event({ metadata: {} as NewEvent['metadata'] })], 'any'))).toBe(
      'EVENT_METADATA_INVALID',
    );
    expect(reason(() => validateAppend('s', [event()], -2))).toBe('EXPECTED_VERSION_INVALID');
    expect(reason(() => validateAppend('s', [event()], 1.5))).toBe('EXPECTED_VERSION_INVALID');
    expect(reason(() => validateAppend('s', [event()], 'latest' as never))).toBe('EXPECTED_VERSION_INVALID');
  });
});
