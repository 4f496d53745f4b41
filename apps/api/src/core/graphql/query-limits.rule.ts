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
}

const refuse = (limit: 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX', message: string) =>
  new GraphQLError(message, { extensions: { limit } });

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
 * (the stated page size, or `defaultListSize`). Introspection is exempt: its shape is fixed.
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
    ): { depth: number; cost: number } => {
      let deepest = depth;
      let cost = 0;
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
          } else {
            deepest = Math.max(deepest, depth);
          }
          cost += 1 + size * childCost;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const inner = measure(selection.selectionSet, parent, depth, seen, page);
          deepest = Math.max(deepest, inner.depth);
          cost += inner.cost;
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
        }
      }
      return { depth: deepest, cost };
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
        const { depth, cost } = measure(operation.selectionSet, root ?? null, 1, new Set(), null);
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
      },
    };
  };
}
