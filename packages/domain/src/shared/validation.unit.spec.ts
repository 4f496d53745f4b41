import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error.js';
import { isIsoInstant, requireDeadline } from './validation.js';

const NOW = '2026-12-08T02:00:00.000Z';

describe('deadlines', () => {
  it('takes a real date up to ten years ahead', () => {
    expect(requireDeadline('deadline', '2026-12-31', NOW)).toBe('2026-12-31');
    expect(requireDeadline('deadline', '2036-12-08', NOW)).toBe('2036-12-08');
  });

  it.each([
    ['a date more than ten years ahead', '2036-12-09'],
    ['the end of time', '9999-12-31'],
    ['a day February does not have', '2027-02-30'],
    ['the 31st of a 30-day month', '2027-04-31'],
  ])('refuses %s', (_case, value) => {
    expect(() => requireDeadline('deadline', value, NOW)).toThrow(DomainError);
    expect(() => requireDeadline('deadline', value, NOW)).toThrow(/^deadline: /);
  });
});

describe('instants', () => {
  it.each([
    '2024-02-29T00:00:00Z',
    '2024-07-05T10:00:00+08:00',
    '2026-12-08T02:00:00.000Z',
    '2024-03-01T23:59Z',
  ])('takes %s', (value) => {
    expect(isIsoInstant(value)).toBe(true);
  });

  it.each([
    '2024-02-30T00:00:00Z',
    '2023-02-29T12:00:00Z',
    '2024-04-31T00:00:00Z',
    '2024-03-01T24:00:00Z',
    '2024-03-01T12:60:00Z',
    '2024-03-01',
    '2024-03-01T12:00:00', // no zone: a different moment in every time zone
    'soon',
  ])('refuses %s, which names no moment that exists', (value) => {
    expect(isIsoInstant(value)).toBe(false);
  });
});
