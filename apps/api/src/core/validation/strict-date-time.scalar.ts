import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoInstant, requireDate } from '@duban/domain';

const isCalendarDate = (value: string): boolean => {
  try {
    requireDate('date', value);
    return true;
  } catch {
    return false;
  }
};

/** An instant with its zone, or a calendar date (midnight UTC); neither may name a day that does not exist. */
const parse = (value: unknown): Date => {
  if (typeof value === 'string' && (isIsoInstant(value) || isCalendarDate(value))) return new Date(value);
  throw new GraphQLError(
    `DateTime: ${JSON.stringify(value)?.slice(0, 60)} is not an ISO 8601 instant with its zone (or a date) that exists`,
  );
};

/**
 * Nest's DateTime scalar, but strict: the built-in one hands any text to `new Date`, which turns
 * 2024-02-30 into the 1st of March and a date-time without zone into the server's local time. Same
 * name and description, so the schema does not change; only what it accepts does.
 */
export const StrictDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parse,
  serialize(value) {
    return value instanceof Date ? value.toISOString() : null;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime: expected a string');
    return parse(ast.value);
  },
});
