import { validation } from './domain-error.js';

/**
 * Length limits for free text. They are part of the domain contract (the API and the web forms apply
 * the same limits), so they live here under names rather than as literals in deciders.
 */
export const TEXT_LIMITS = Object.freeze({
  id: 100,
  name: 100,
  title: 200,
  documentNumber: 100,
  area: 50,
  reason: 2000,
  description: 5000,
  narrative: 10000,
  fileName: 255,
  contentType: 255,
});

const fail = (field: string, message: string, value: unknown) =>
  validation('VALIDATION', `${field}: ${message}`, { field, value });

/** A trimmed, non-empty string no longer than `max`; returns the trimmed value. */
export const requireText = (field: string, value: unknown, max: number): string => {
  if (typeof value !== 'string') throw fail(field, 'must be a string', value);
  const trimmed = value.trim();
  if (trimmed.length === 0) throw fail(field, 'must not be empty', value);
  if (trimmed.length > max) throw fail(field, `must be at most ${max} characters`, value);
  return trimmed;
};

/** Like `requireText`, but null/undefined/blank become null. */
export const optionalText = (field: string, value: unknown, max: number): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim().length === 0) return null;
  return requireText(field, value, max);
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists (no 2024-02-30). */
export const requireDate = (field: string, value: unknown): string => {
  if (typeof value !== 'string') throw fail(field, 'must be a date YYYY-MM-DD', value);
  const match = DATE.exec(value);
  if (!match) throw fail(field, 'must be a date YYYY-MM-DD', value);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw fail(field, 'is not a calendar date', value);
  }
  return value;
};

/**
 * How far ahead a deadline may be set. A date years away is a slip of the keyboard (9999-12-31), not
 * a plan, and it would sit in every "due" ordering and reminder window for ever.
 */
export const DATE_LIMITS = Object.freeze({ deadlineYearsAhead: 10 });

/** A calendar date no later than `DATE_LIMITS.deadlineYearsAhead` years after the date of `now`. */
export const requireDeadline = (field: string, value: unknown, now: string): string => {
  const date = requireDate(field, value);
  const today = now.slice(0, 10);
  const limit = `${String(Number(today.slice(0, 4)) + DATE_LIMITS.deadlineYearsAhead).padStart(4, '0')}${today.slice(4)}`;
  if (date > limit) {
    throw fail(
      field,
      `must be at most ${DATE_LIMITS.deadlineYearsAhead} years ahead (${limit} at the latest)`,
      value,
    );
  }
  return date;
};

/** A time of day that exists: hours 0–23, minutes and seconds 0–59. */
const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

/** An integer within [min, max]. */
export const requireInteger = (field: string, value: unknown, min: number, max: number): number => {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw fail(field, 'must be an integer', value);
  if (value < min || value > max) throw fail(field, `must be between ${min} and ${max}`, value);
  return value;
};

/** A list of distinct, trimmed, non-empty strings. */
export const requireDistinctTexts = (
  field: string,
  value: unknown,
  max: number,
  options: { allowEmpty: boolean },
): string[] => {
  if (!Array.isArray(value)) throw fail(field, 'must be a list', value);
  const items = value.map((item, index) => requireText(`${field}[${index}]`, item, max));
  if (!options.allowEmpty && items.length === 0) throw fail(field, 'must not be empty', value);
  if (new Set(items).size !== items.length) throw fail(field, 'must not repeat an entry', value);
  return items;
};

/** ISO 8601 timestamp check for `now` values handed in by handlers. */
export const isIsoInstant = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const match = INSTANT.exec(value);
  if (!match) return false;
  try {
    requireDate('instant', match[1]);
  } catch {
    return false;
  }
  return !Number.isNaN(Date.parse(value));
};
