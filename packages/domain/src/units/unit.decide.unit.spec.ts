import { describe, expect, it } from 'vitest';
import { contextOf, testActors } from '../shared/testing/actors.js';
import { deciderSpec } from '../shared/testing/decider-spec.js';
import { assertUnitAssignable } from './assert-unit-assignable.js';
import { unitDecider } from './unit.decide.js';
import type { UnitEvent } from './unit.events.js';
import { evolveUnit, initialUnitState } from './unit.state.js';
import { unitStream } from './unit.stream.js';

const NOW = '2024-03-01T09:00:00+08:00';
const admin = contextOf(testActors.admin, NOW);
const spec = deciderSpec(unitDecider);

const registered: UnitEvent = {
  type: 'UnitRegistered',
  data: { unitId: 'sfj', name: '区司法局', kind: 'DEPARTMENT', registeredAt: '2024-01-01T00:00:00Z' },
};
const retired: UnitEvent = {
  type: 'UnitRetired',
  data: {
    unitId: 'sfj',
    name: '区司法局',
    kind: 'DEPARTMENT',
    reason: '机构改革',
    retiredAt: '2024-02-01T00:00:00Z',
  },
};

describe('unit registry', () => {
  it('names the stream after the unit', () => {
    expect(unitStream('sfj')).toBe('unit-sfj');
  });

  it('registers a unit with a trimmed name', () => {
    spec
      .given([])
      .when({ type: 'RegisterUnit', data: { unitId: 'sfj', name: ' 区司法局 ', kind: 'DEPARTMENT' } }, admin)
      .then([
        {
          type: 'UnitRegistered',
          data: { unitId: 'sfj', name: '区司法局', kind: 'DEPARTMENT', registeredAt: NOW },
        },
      ]);
  });

  it('refuses to register a unit twice', () => {
    spec
      .given([registered])
      .when({ type: 'RegisterUnit', data: { unitId: 'sfj', name: '区司法局', kind: 'DEPARTMENT' } }, admin)
      .thenThrows('UNIT_ALREADY_EXISTS', 'INVALID_STATE');
  });

  it('refuses an unknown unit kind and an empty name', () => {
    spec
      .given([])
      .when({ type: 'RegisterUnit', data: { unitId: 'x', name: 'X', kind: 'VILLAGE' as never } }, admin)
      .thenThrows('VALIDATION', 'VALIDATION');
    spec
      .given([])
      .when({ type: 'RegisterUnit', data: { unitId: 'x', name: '  ', kind: 'TOWNSHIP' } }, admin)
      .thenThrows('VALIDATION');
  });

  it.each([['office'], ['inspector'], ['leader']] as const)(
    'lets only the system administrator register: %s may not',
    (who) => {
      spec
        .given([])
        .when(
          { type: 'RegisterUnit', data: { unitId: 'x', name: 'X', kind: 'TOWNSHIP' } },
          contextOf(testActors[who], NOW),
        )
        .thenThrows('FORBIDDEN', 'FORBIDDEN');
    },
  );

  it('refuses a unit officer renaming their own unit', () => {
    spec
      .given([registered])
      .when(
        { type: 'RenameUnit', data: { unitId: 'sfj', name: 'Y' } },
        contextOf(testActors.officerOf('sfj'), NOW),
      )
      .thenThrows('FORBIDDEN');
  });

  it('renames a unit, recording old and new names', () => {
    spec
      .given([registered])
      .when({ type: 'RenameUnit', data: { unitId: 'sfj', name: '区司法局（区依法治区办）' } }, admin)
      .then([
        {
          type: 'UnitRenamed',
          data: { unitId: 'sfj', oldName: '区司法局', newName: '区司法局（区依法治区办）', renamedAt: NOW },
        },
      ]);
  });

  it('decides nothing when renaming to the current name', () => {
    spec
      .given([registered])
      .when({ type: 'RenameUnit', data: { unitId: 'sfj', name: '区司法局' } }, admin)
      .then([]);
  });

  it('refuses to rename a unit that does not exist or is retired', () => {
    spec
      .given([])
      .when({ type: 'RenameUnit', data: { unitId: 'sfj', name: 'Y' } }, admin)
      .thenThrows('UNIT_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([registered, retired])
      .when({ type: 'RenameUnit', data: { unitId: 'sfj', name: 'Y' } }, admin)
      .thenThrows('UNIT_RETIRED');
  });

  it('retires a unit with a reason, keeping its name and kind in the event', () => {
    spec
      .given([registered])
      .when({ type: 'RetireUnit', data: { unitId: 'sfj', reason: '机构改革' } }, admin)
      .then([
        {
          type: 'UnitRetired',
          data: { unitId: 'sfj', name: '区司法局', kind: 'DEPARTMENT', reason: '机构改革', retiredAt: NOW },
        },
      ]);
  });

  it('refuses to retire without a reason, twice, or a missing unit', () => {
    spec
      .given([registered])
      .when({ type: 'RetireUnit', data: { unitId: 'sfj', reason: '' } }, admin)
      .thenThrows('VALIDATION');
    spec
      .given([registered, retired])
      .when({ type: 'RetireUnit', data: { unitId: 'sfj', reason: 'x' } }, admin)
      .thenThrows('UNIT_RETIRED');
    spec
      .given([])
      .when({ type: 'RetireUnit', data: { unitId: 'sfj', reason: 'x' } }, admin)
      .thenThrows('UNIT_NOT_FOUND');
  });

  it('keeps a retired unit’s history but takes it out of assignment', () => {
    const active = [registered].reduce(evolveUnit, initialUnitState());
    const gone = [registered, retired].reduce(evolveUnit, initialUnitState());
    expect(gone).toEqual({ status: 'RETIRED', unitId: 'sfj', name: '区司法局', kind: 'DEPARTMENT' });
    expect(() => assertUnitAssignable('sfj', active)).not.toThrow();
    expect(() => assertUnitAssignable('sfj', gone)).toThrow(
      expect.objectContaining({ code: 'UNIT_RETIRED' }),
    );
    expect(() => assertUnitAssignable('x', initialUnitState())).toThrow(
      expect.objectContaining({ code: 'UNIT_NOT_FOUND' }),
    );
  });
});
