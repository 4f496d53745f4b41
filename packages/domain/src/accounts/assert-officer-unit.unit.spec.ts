import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { evolveUnit, initialUnitState } from '../units/unit.state.js';
import type { UnitEvent } from '../units/unit.events.js';
import { assertOfficerUnit } from './assert-officer-unit.js';

const registered: UnitEvent = {
  type: 'UnitRegistered',
  data: { unitId: 'sfj', name: '区司法局', kind: 'DEPARTMENT', registeredAt: '2024-01-02T00:00:00.000Z' },
};
const retired: UnitEvent = {
  type: 'UnitRetired',
  data: {
    unitId: 'sfj',
    name: '区司法局',
    kind: 'DEPARTMENT',
    reason: '机构改革',
    retiredAt: '2024-06-01T00:00:00.000Z',
  },
};
const stateAfter = (...events: UnitEvent[]) => events.reduce(evolveUnit, initialUnitState());

const refusal = (run: () => void): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('the unit an officer acts for', () => {
  it('accepts a registered unit that is not retired', () => {
    expect(() => assertOfficerUnit('sfj', stateAfter(registered))).not.toThrow();
  });

  it('refuses a unit that was never registered with UNIT_NOT_FOUND naming it', () => {
    const error = refusal(() => assertOfficerUnit('nowhere', stateAfter()));
    expect(error.code).toBe('UNIT_NOT_FOUND');
    expect(error.errorClass).toBe('NOT_FOUND');
    expect(error.details).toEqual({ unitId: 'nowhere' });
  });

  it('refuses a retired unit with UNIT_RETIRED', () => {
    const error = refusal(() => assertOfficerUnit('sfj', stateAfter(registered, retired)));
    expect(error.code).toBe('UNIT_RETIRED');
    expect(error.details).toEqual({ unitId: 'sfj' });
  });
});
