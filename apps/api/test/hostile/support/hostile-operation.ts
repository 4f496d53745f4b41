import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
} from 'graphql';
import type { GraphQLArgument, GraphQLField, GraphQLInputType } from 'graphql';
import { HUGE_LIST_LENGTH, hostileNumber, hostileString, wrongTypeValue } from './hostile-values.js';

/** Marks a field or argument left out of the request. */
export const OMIT = Symbol('omit');

/** An enum value: bare in a literal, a string in JSON variables. */
export class EnumLiteral {
  constructor(readonly name: string) {}
  toJSON(): string {
    return this.name;
  }
}

/** Values that reach past the schema into the domain: ids that exist, texts and dates that are valid. */
export interface ValuePools {
  ids: readonly string[];
  texts: readonly string[];
  dates: readonly string[];
}

/** Keys a client might smuggle into an input object, hoping a handler spreads it. */
const EXTRA_KEYS = ['extra', '__proto__', 'constructor', 'actor', 'role', 'userId', 'unitId', 'id', 'status'];

const DATE_FIELD = /date|deadline|period|asof|(^|[a-z])at$|until|since/i;
const ID_FIELD = /(^id$|ids?$)/i;

interface Walk {
  pools: ValuePools;
  /** The field or argument name, to pick plausible values for it. */
  name: string;
  depth: number;
  /** Inside a list of ten thousand: no huge strings or huge lists below. */
  small: boolean;
  /**
   * Only values the schema admits (hostile in content, not in type), so the call reaches the
   * resolver, the handler and the domain instead of stopping at GraphQL's own checks.
   */
  typed: boolean;
}

const stringFor = (walk: Walk, isId: boolean): fc.Arbitrary<unknown> => {
  const plausible =
    isId || ID_FIELD.test(walk.name)
      ? walk.pools.ids
      : DATE_FIELD.test(walk.name)
        ? walk.pools.dates
        : walk.pools.texts;
  const text = hostileString(plausible);
  return walk.small ? text.filter((s) => s.length < 200) : text;
};

const scalarFor = (name: string, walk: Walk): fc.Arbitrary<unknown> => {
  const wrong = walk.typed ? [] : [{ arbitrary: wrongTypeValue(), weight: 1 }];
  switch (name) {
    case 'Int':
      return fc.oneof({ arbitrary: hostileNumber(true, walk.typed), weight: 8 }, ...wrong);
    case 'Float':
      return fc.oneof({ arbitrary: hostileNumber(false, walk.typed), weight: 8 }, ...wrong);
    case 'Boolean':
      return fc.oneof({ arbitrary: fc.boolean(), weight: 8 }, ...wrong);
    case 'ID':
      return fc.oneof(
        { arbitrary: stringFor(walk, true), weight: 8 },
        { arbitrary: hostileNumber(true, true), weight: 1 },
        ...wrong,
      );
    default:
      // String and the custom scalars (DateTime), which travel as strings.
      return fc.oneof({ arbitrary: stringFor(walk, false), weight: 8 }, ...wrong);
  }
};

/** Arbitrary values for one input type: mostly well-typed, often hostile, sometimes of the wrong type. */
export function hostileValue(type: GraphQLInputType, walk: Walk): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    if (walk.typed) return hostileValue(type.ofType, walk);
    return fc.oneof(
      { arbitrary: hostileValue(type.ofType, walk), weight: 14 },
      { arbitrary: fc.constant(null), weight: 1 },
    );
  }
  const nullable = (inner: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: inner, weight: 8 }, { arbitrary: fc.constant(null), weight: 1 });
  const untyped = (weight: number): fc.WeightedArbitrary<unknown>[] =>
    walk.typed ? [] : [{ arbitrary: wrongTypeValue(), weight }];
  if (isListType(type)) {
    const item = hostileValue(type.ofType, walk);
    const smallItem = hostileValue(type.ofType, { ...walk, small: true });
    const options: fc.WeightedArbitrary<unknown>[] = [
      { arbitrary: fc.array(item, { maxLength: 4 }), weight: 6 },
      { arbitrary: fc.constant([]), weight: 1 },
      // GraphQL takes a single value where a list is expected.
      { arbitrary: item, weight: 1 },
      ...untyped(1),
    ];
    if (!walk.small) {
      options.push({
        arbitrary: smallItem.map((value) => Array.from({ length: HUGE_LIST_LENGTH }, () => value)),
        weight: 2,
      });
    }
    return nullable(fc.oneof(...options));
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    const valid = fc.constantFrom(...values).map((v) => new EnumLiteral(v));
    if (walk.typed) return nullable(valid);
    return nullable(
      fc.oneof(
        { arbitrary: valid, weight: 8 },
        {
          arbitrary: fc.constantFrom('NOT_A_VALUE', values[0]!.toLowerCase(), `${values[0]} `, ''),
          weight: 1,
        },
        { arbitrary: fc.constantFrom('NOT_A_VALUE', 'true').map((v) => new EnumLiteral(v)), weight: 1 },
        ...untyped(1),
      ),
    );
  }
  if (isInputObjectType(type)) {
    if (walk.depth > 5) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const record = fc.tuple(
      ...fields.map((field) => {
        const value = hostileValue(field.type, { ...walk, name: field.name, depth: walk.depth + 1 });
        return walk.typed && isNonNullType(field.type)
          ? value
          : fc.oneof({ arbitrary: value, weight: 10 }, { arbitrary: fc.constant(OMIT), weight: 1 });
      }),
    );
    const extras = walk.typed
      ? fc.constant(null)
      : fc.option(
          fc.uniqueArray(fc.tuple(fc.constantFrom(...EXTRA_KEYS), wrongTypeValue()), {
            maxLength: 2,
            selector: ([key]) => key,
          }),
          { freq: 4 },
        );
    const object = fc.tuple(record, extras).map(([values, extra]) =>
      // fromEntries defines own properties, so a "__proto__" key is sent as a key, not a prototype.
      Object.fromEntries([
        ...fields.flatMap((field, i) => (values[i] === OMIT ? [] : [[field.name, values[i]] as const])),
        ...(extra ?? []),
      ]),
    );
    return nullable(fc.oneof({ arbitrary: object, weight: 10 }, ...untyped(1)));
  }
  return nullable(scalarFor(getNamedType(type).name, walk));
}

/** One request a hostile client makes against a mutation. */
export interface HostileCall {
  query: string;
  variables: Record<string, unknown>;
  transport: 'variables' | 'literal';
}

/** Writes a value as a GraphQL literal; NaN and Infinity come out as the bare names a client might type. */
export function printLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof EnumLiteral) return value.name;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(printLiteral).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([key, inner]) => `${key}: ${printLiteral(inner)}`)
    .join(', ')}}`;
}

const selectionFor = (field: GraphQLField<unknown, unknown>): string => {
  const named = getNamedType(field.type);
  return isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
};

/** True about one time in twelve. */
const rarely = fc.nat({ max: 11 }).map((n) => n === 0);

const argumentTypeName = (arg: GraphQLArgument) => String(arg.type);

/**
 * Arbitrary calls of one mutation: each argument hostile, left out or of the wrong declared type;
 * sometimes an argument the schema does not have; sent as variables or inline literals.
 */
export function hostileCall(
  field: GraphQLField<unknown, unknown>,
  pools: ValuePools,
): fc.Arbitrary<HostileCall> {
  const args = field.args;
  const valuesOf = (typed: boolean) =>
    fc.tuple(
      ...args.map((arg) => {
        const value = hostileValue(arg.type, { pools, name: arg.name, depth: 0, small: false, typed });
        return typed && isNonNullType(arg.type)
          ? value
          : fc.oneof({ arbitrary: value, weight: 12 }, { arbitrary: fc.constant(OMIT), weight: 1 });
      }),
    );
  // Half the calls keep to the schema's types and test the server's own checks; half do not.
  const schemaBreaking = fc.record({ extraArgument: rarely, wrongDeclaredType: rarely });
  const schemaKeeping = fc.constant({ extraArgument: false, wrongDeclaredType: false });
  return fc
    .boolean()
    .chain((typed) =>
      fc.record({
        values: valuesOf(typed),
        transport: fc.constantFrom('variables' as const, 'literal' as const),
        tricks: typed ? schemaKeeping : schemaBreaking,
      }),
    )
    .map(({ values: argValues, transport, tricks: { extraArgument, wrongDeclaredType } }) => {
      const definitions: string[] = [];
      const passed: string[] = [];
      const variables: Record<string, unknown> = {};
      args.forEach((arg, i) => {
        const value = argValues[i];
        if (value === OMIT) return;
        if (transport === 'literal') {
          passed.push(`${arg.name}: ${printLiteral(value)}`);
          return;
        }
        definitions.push(`$${arg.name}: ${wrongDeclaredType ? 'String' : argumentTypeName(arg)}`);
        passed.push(`${arg.name}: $${arg.name}`);
        variables[arg.name] = value;
      });
      if (extraArgument) passed.push('notAnArgument: 1');
      const defs = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
      const call = passed.length > 0 ? `(${passed.join(', ')})` : '';
      return {
        query: `mutation Hostile${defs} { ${field.name}${call}${selectionFor(field)} }`,
        variables,
        transport,
      };
    });
}
