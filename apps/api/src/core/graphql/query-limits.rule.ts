import { GraphQLError, Kind, getNamedType, isListType, getNullableType } from 'graphql';
import type {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLType,
  SelectionSetNode,
  ValidationContext,
  ValueNode,
} from 'graphql';
import { isObjectType, isInterfaceType } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  /** Items assumed for a list field whose size no argument states. */
  defaultListSize: number;
  /** Items assumed for a page whose size is not written in the operation (a variable, or left out). */
  defaultPageSize: number;
  /** Expensive fields (see `Expensive`) one operation may select, counting each list item around them. */
  maxExpensiveFields: number;
  /** What one expensive field adds to the cost, in place of the 1 of an ordinary field. */
  expensiveFieldCost: number;
}

/**
 * Introspection has a fixed shape, so it is measured apart: the standard query of graphql-js nests 15
 * levels and three lists (types → fields → args); anything deeper only multiplies the answer.
 */
export const MAX_INTROSPECTION_DEPTH = 20;
export const MAX_INTROSPECTION_LISTS = 3;

type Limit = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX' | 'TOO_MANY_EXPENSIVE_FIELDS';

const refuse = (limit: Limit, message: string) => new GraphQLError(message, { extensions: { limit } });

/** The field extension `Expensive` sets: always, or only when the field is asked for `asOf` a moment. */
export const EXPENSIVE_EXTENSION = 'expensive';
export type ExpensiveWhen = 'always' | 'asOf';

/** Whether this selection of the field is expensive: always, or when it names an `asOf` that is not null. */
export function isExpensiveSelection(
  field: GraphQLField<unknown, unknown> | undefined,
  args: readonly { name: { value: string }; value: ValueNode }[],
): boolean {
  const when = field?.extensions?.[EXPENSIVE_EXTENSION] as ExpensiveWhen | undefined;
  if (when === 'always') return true;
  if (when !== 'asOf') return false;
  const asOf = args.find((a) => a.name.value === 'asOf');
  return asOf !== undefined && asOf.value.kind !== Kind.NULL;
}

/**
 * The page size a field's arguments state (`page: { first: n }`, `first: n`, `weeks: n`); the default
 * page size when the field takes a page whose size is a variable or left out; null when it takes none.
 * Validation runs before variables are bound, so only literals are read.
 */
function pageSizeOf(
  field: GraphQLField<unknown, unknown> | undefined,
  args: readonly { name: { value: string }; value: ValueNode }[],
  limits: QueryLimits,
): number | null {
  const takesPage = field?.args.some((a) => ['page', 'first', 'weeks'].includes(a.name)) ?? false;
  if (!takesPage) return null;
  for (const arg of args) {
    if ((arg.name.value === 'first' || arg.name.value === 'weeks') && arg.value.kind === Kind.INT)
      return Number(arg.value.value);
    if (arg.name.value === 'page' && arg.value.kind === Kind.OBJECT) {
      const first = arg.value.fields.find((f) => f.name.value === 'first');
      if (first?.value.kind === Kind.INT) return Number(first.value.value);
    }
  }
  return limits.defaultPageSize;
}

/**
 * Refuses operations nested deeper than `maxDepth` or whose estimated cost exceeds `maxComplexity`
 * before they run. Cost: every field costs one, times the number of items of each list around it
 * (the stated page size, or `defaultListSize`); an expensive field costs `expensiveFieldCost` instead of
 * one, and at most `maxExpensiveFields` of them may be selected. Introspection is not costed (its
 * shape is fixed) but its depth and list nesting are bounded.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    // `page` is the size a paged field stated, applied to the `items` list of the page object below it.
    const measure = (
      set: SelectionSetNode,
      parent: GraphQLType | null,
      depth: number,
      seen: Set<string>,
      page: number | null,
    ): { depth: number; cost: number; expensive: number } => {
      let deepest = depth;
      let cost = 0;
      let expensive = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (name.startsWith('__')) continue;
          const owner = parent ? getNamedType(parent) : null;
          const field: GraphQLField<unknown, unknown> | undefined =
            owner && (isObjectType(owner) || isInterfaceType(owner)) ? owner.getFields()[name] : undefined;
          const isList = field ? isListType(getNullableType(field.type)) : false;
          const stated = pageSizeOf(field, selection.arguments ?? [], limits);
          const size = isList
            ? (stated ?? (name === 'items' && page !== null ? page : limits.defaultListSize))
            : 1;
          let childCost = 0;
          let childExpensive = 0;
          if (selection.selectionSet) {
            const inner = measure(
              selection.selectionSet,
              field?.type ?? null,
              depth + 1,
              seen,
              isList ? null : stated,
            );
            deepest = Math.max(deepest, inner.depth);
            childCost = inner.cost;
            childExpensive = inner.expensive;
          } else {
            deepest = Math.max(deepest, depth);
          }
          const own = isExpensiveSelection(field, selection.arguments ?? []);
          cost += (own ? limits.expensiveFieldCost : 1) + size * childCost;
          expensive += (own ? 1 : 0) + size * childExpensive;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const inner = measure(selection.selectionSet, parent, depth, seen, page);
          deepest = Math.max(deepest, inner.depth);
          cost += inner.cost;
          expensive += inner.expensive;
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue;
          const inner = measure(
            fragment.selectionSet,
            parent,
            depth,
            new Set([...seen, fragment.name.value]),
            page,
          );
          deepest = Math.max(deepest, inner.depth);
          cost += inner.cost;
          expensive += inner.expensive;
        }
      }
      return { depth: deepest, cost, expensive };
    };

    /** Deepest nesting and most lists inside one another under an introspection field (`__schema`, `__type`). */
    const introspection = (
      set: SelectionSetNode,
      parent: GraphQLType | null,
      depth: number,
      lists: number,
      seen: Set<string>,
    ): { depth: number; lists: number } => {
      let result = { depth, lists };
      const deeper = (inner: { depth: number; lists: number }) => {
        result = { depth: Math.max(result.depth, inner.depth), lists: Math.max(result.lists, inner.lists) };
      };
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const owner = parent ? getNamedType(parent) : null;
          const field =
            owner && (isObjectType(owner) || isInterfaceType(owner))
              ? owner.getFields()[selection.name.value]
              : undefined;
          const isList = field ? isListType(getNullableType(field.type)) : false;
          if (selection.selectionSet) {
            deeper(
              introspection(
                selection.selectionSet,
                field?.type ?? null,
                depth + 1,
                lists + (isList ? 1 : 0),
                seen,
              ),
            );
          } else {
            deeper({ depth, lists });
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deeper(introspection(selection.selectionSet, parent, depth, lists, seen));
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue;
          deeper(
            introspection(
              fragment.selectionSet,
              parent,
              depth,
              lists,
              new Set([...seen, fragment.name.value]),
            ),
          );
        }
      }
      return result;
    };

    /** Finds `__schema` and `__type` wherever they are selected and measures what they ask for. */
    const checkIntrospection = (set: SelectionSetNode, seen: Set<string>): void => {
      const schema = context.getSchema();
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if ((name === '__schema' || name === '__type') && selection.selectionSet) {
            const type = schema.getType(name === '__schema' ? '__Schema' : '__Type') ?? null;
            const measured = introspection(selection.selectionSet, type, 2, 0, seen);
            if (measured.depth > MAX_INTROSPECTION_DEPTH || measured.lists > MAX_INTROSPECTION_LISTS) {
              context.reportError(
                refuse(
                  'QUERY_TOO_DEEP',
                  `The introspection query nests ${measured.depth} levels and ${measured.lists} lists; at most ${MAX_INTROSPECTION_DEPTH} levels and ${MAX_INTROSPECTION_LISTS} lists are allowed`,
                ),
              );
            }
          } else if (selection.selectionSet) {
            checkIntrospection(selection.selectionSet, seen);
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          checkIntrospection(selection.selectionSet, seen);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue;
          checkIntrospection(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }
      }
    };

    return {
      OperationDefinition(operation) {
        const schema = context.getSchema();
        const root =
          operation.operation === 'query'
            ? schema.getQueryType()
            : operation.operation === 'mutation'
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        const { depth, cost, expensive } = measure(operation.selectionSet, root ?? null, 1, new Set(), null);
        checkIntrospection(operation.selectionSet, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(
            refuse(
              'QUERY_TOO_DEEP',
              `The operation is nested ${depth} levels deep; at most ${limits.maxDepth} are allowed`,
            ),
          );
        }
        if (cost > limits.maxComplexity) {
          context.reportError(
            refuse(
              'QUERY_TOO_COMPLEX',
              `The operation's estimated cost is ${cost}; at most ${limits.maxComplexity} is allowed`,
            ),
          );
        }
        if (expensive > limits.maxExpensiveFields) {
          context.reportError(
            refuse(
              'TOO_MANY_EXPENSIVE_FIELDS',
              `The operation asks for ${expensive} expensive fields (as-of views, log verification, report comparisons); at most ${limits.maxExpensiveFields} are allowed`,
            ),
          );
        }
      },
    };
  };
}
