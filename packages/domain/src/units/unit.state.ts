import type { UnitEvent, UnitKind } from './unit.events.js';

export type UnitState =
  { status: 'NONE' } | { status: 'ACTIVE' | 'RETIRED'; unitId: string; name: string; kind: UnitKind };

export const initialUnitState = (): UnitState => ({ status: 'NONE' });

export const evolveUnit = (state: UnitState, event: UnitEvent): UnitState => {
  switch (event.type) {
    case 'UnitRegistered':
      return { status: 'ACTIVE', unitId: event.data.unitId, name: event.data.name, kind: event.data.kind };
    case 'UnitRenamed':
      return state.status === 'NONE' ? state : { ...state, name: event.data.newName };
    case 'UnitRetired':
      return state.status === 'NONE' ? state : { ...state, status: 'RETIRED' };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
};
