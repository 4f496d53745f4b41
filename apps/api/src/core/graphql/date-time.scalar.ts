import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLError, Kind } from 'graphql';
import type { GraphQLScalarType } from 'graphql';

/**
 * A calendar date, optionally with a time and an offset: `2024-06-30`, `2024-06-30T16:00:00Z`,
 * `2024-06-30T24:00:00+08:00`. Years are four digits, so every accepted instant stays far inside what a
 * JavaScript date can hold and still hold after days are added to it.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The earliest year accepted: nothing in a district's record predates it. */
const MIN_YEAR = 1900;

const refuse = (value: unknown): GraphQLError => {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : typeof value;
  return new GraphQLError(
    `DateTime must be an ISO 8601 date or date-time from year ${MIN_YEAR} to 9999, such as 2024-06-30T16:00:00Z (got ${shown})`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
};

/** Parses an ISO 8601 text into a valid Date, or throws a coded input error. */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw refuse(value);
  const match = ISO_INSTANT.exec(value.trim());
  if (!match || Number(match[1]) < MIN_YEAR) throw refuse(value);
  // A day that does not exist (2024-02-30) is refused, not rolled over into the next month.
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day
  ) {
    throw refuse(value);
  }
  const date = new Date(value.trim());
  if (Number.isNaN(date.getTime())) throw refuse(value);
  return date;
}

/**
 * Makes the DateTime scalar strict. Nest's default one turns any text into an Invalid Date that
 * later fails as an internal error; with this, bad dates are refused as input errors (VALIDATION)
 * over HTTP and WebSocket alike. The scalar object is kept and only its parsing replaced, so every
 * `Date` field and argument of the code-first schema uses it and the schema does not change.
 */
export function makeDateTimeStrict(scalar: GraphQLScalarType = GraphQLISODateTime): void {
  scalar.parseValue = parseDateTime;
  scalar.parseLiteral = (ast) => {
    if (ast.kind !== Kind.STRING) throw refuse(ast.kind);
    return parseDateTime(ast.value);
  };
}
