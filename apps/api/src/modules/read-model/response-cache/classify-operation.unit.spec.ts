import { describe, expect, it } from 'vitest';
import { classifyOperation, isLive } from './classify-operation.js';

const classify = (query: string, operationName?: string) => classifyOperation(query, operationName, 1000);

describe('classifyOperation', () => {
  it('accepts plain reads of cacheable root fields and finds the at fields to stamp', () => {
    const shape = classify(`
      query P($id: ID!, $asOf: DateTime) {
        now: departmentProgress(taskListId: $id, asOf: $asOf) { when: at ...F ... on DepartmentProgress { at } }
        districtProgress(taskListId: $id) { completed }
        __typename
      }
      fragment F on DepartmentProgress { at units { unitId } }`);
    expect(shape?.stamps).toHaveLength(1);
    expect(shape?.stamps[0]).toMatchObject({ field: 'now', atKeys: ['when', 'at'] });
    expect(shape?.stamps[0]?.asOf).toMatchObject({ kind: 'Variable' });
  });

  it('refuses mutations, subscriptions, other root fields and conditional selections', () => {
    expect(classify('mutation { logout(refreshToken: "x") }')).toBeNull();
    expect(classify('subscription { departmentProgressChanged(taskListId: "l") { at } }')).toBeNull();
    expect(classify('{ departmentProgress(taskListId: "l") { at } me { id } }')).toBeNull();
    expect(classify('{ departmentProgress(taskListId: "l") @skip(if: false) { at } }')).toBeNull();
    expect(
      classify('query($c: Boolean!) { departmentProgress(taskListId: "l") { at @include(if: $c) } }'),
    ).toBeNull();
    expect(
      classify('{ ...Root } fragment Root on Query { departmentProgress(taskListId: "l") { at } }'),
    ).toBeNull();
    expect(classify('{ departmentProgress(taskListId: "l") { ...Missing } }')).toBeNull();
    expect(
      classify('query($a: DateTime = "2024-01-01") { departmentProgress(taskListId: "l", asOf: $a) { at } }'),
    ).toBeNull();
  });

  it('picks the named operation and refuses an ambiguous or unparsable document', () => {
    const two = 'query A { me { id } } query B { progressTrend(taskListId: "l") { week } }';
    expect(classify(two, 'B')).toEqual({ stamps: [] });
    expect(classify(two, 'A')).toBeNull();
    expect(classify(two)).toBeNull();
    expect(classify('{ departmentProgress(')).toBeNull();
    expect(classifyOperation('{ districtProgress(taskListId: "l") { completed } }', undefined, 3)).toBeNull();
  });
});

describe('isLive', () => {
  const asOf = (text: string) =>
    classify(`query($v: DateTime) { departmentProgress(taskListId: "l", asOf: ${text}) { at } }`)!.stamps[0]!
      .asOf;

  it('is live without asOf, with null, or with a variable left null', () => {
    expect(isLive(undefined, {})).toBe(true);
    expect(isLive(asOf('null'), {})).toBe(true);
    expect(isLive(asOf('$v'), {})).toBe(true);
    expect(isLive(asOf('$v'), { v: null })).toBe(true);
  });

  it('is not live with a time given', () => {
    expect(isLive(asOf('$v'), { v: '2024-06-01T00:00:00Z' })).toBe(false);
    expect(isLive(asOf('"2024-06-01T00:00:00Z"'), {})).toBe(false);
  });
});
