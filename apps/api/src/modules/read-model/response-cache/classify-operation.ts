import { Kind, parse } from 'graphql';
import type {
  DocumentNode,
  FragmentDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

/**
 * Root query fields whose answers depend only on the read tables, the district's date and who asks:
 * for a given read-model version they can be served again without running the operation.
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'departmentProgress',
  'areaProgress',
  'districtProgress',
  'progressTrend',
  'indicatorFigures',
]);

/**
 * A `departmentProgress.at` in the response: live answers carry the time they were asked, so a
 * served copy is stamped with the time of the request that gets it.
 */
export interface AtStamp {
  /** Response key of the root field (its alias or name). */
  field: string;
  /** Response keys of `at` inside it. */
  atKeys: string[];
  /** The `asOf` argument as written, if any: a variable or a literal. */
  asOf: ValueNode | undefined;
}

/** What the cache needs to know of a cacheable operation. */
export interface CacheableOperation {
  stamps: AtStamp[];
}

/**
 * Decides whether an operation is a plain read of cacheable root fields: one query operation (the
 * named one, or the only one), fields only at the root, no directives there. Anything else, including
 * a document that does not parse, is left to the GraphQL server to run (and to refuse).
 */
export function classifyOperation(
  query: string,
  operationName: string | undefined,
  maxTokens: number,
): CacheableOperation | null {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens, noLocation: true });
  } catch {
    return null;
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation || operation.operation !== 'query') return null;
  if (operation.directives?.length) return null;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const stamps: AtStamp[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return null;
    const name = selection.name.value;
    if (name === '__typename') continue;
    if (!CACHEABLE_ROOT_FIELDS.has(name)) return null;
    if (name !== 'departmentProgress' || !selection.selectionSet) continue;
    const atKeys = atResponseKeys(selection.selectionSet, fragments, new Set());
    if (atKeys === null) return null;
    const asOf = selection.arguments?.find((a) => a.name.value === 'asOf')?.value;
    if (asOf?.kind === Kind.VARIABLE) {
      const definition = operation.variableDefinitions?.find(
        (v) => v.variable.name.value === asOf.name.value,
      );
      // A default would make an unset variable mean a past time: rare enough to leave to the server.
      if (definition?.defaultValue) return null;
    }
    if (atKeys.length > 0) {
      stamps.push({
        field: selection.alias?.value ?? name,
        atKeys,
        asOf,
      });
    }
  }
  return { stamps };
}

/** Response keys of `at` among the fields selected directly on the object; null when one is conditional. */
function atResponseKeys(
  set: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen: Set<string>,
): string[] | null {
  const keys: string[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== 'at') continue;
      if (selection.directives?.length) return null;
      keys.push(selection.alias?.value ?? 'at');
      continue;
    }
    if (selection.directives?.length) return null;
    let inner: SelectionSetNode | undefined;
    if (selection.kind === Kind.INLINE_FRAGMENT) inner = selection.selectionSet;
    else {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      seen.add(name);
      inner = fragments.get(name)?.selectionSet;
      // An unknown fragment makes the document invalid: let the server say so.
      if (!inner) return null;
    }
    const nested = atResponseKeys(inner, fragments, seen);
    if (nested === null) return null;
    keys.push(...nested);
  }
  return [...new Set(keys)];
}

/** Whether `asOf` as written asks for live figures (absent, null, or a variable that is null or unset). */
export function isLive(asOf: ValueNode | undefined, variables: Record<string, unknown> | undefined): boolean {
  if (!asOf || asOf.kind === Kind.NULL) return true;
  if (asOf.kind === Kind.VARIABLE) return (variables?.[asOf.name.value] ?? null) === null;
  return false;
}
