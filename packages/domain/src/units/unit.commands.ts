import type { UnitKind } from './unit.events.js';

export type RegisterUnit = { type: 'RegisterUnit'; data: { unitId: string; name: string; kind: UnitKind } };
export type RenameUnit = { type: 'RenameUnit'; data: { unitId: string; name: string } };
export type RetireUnit = { type: 'RetireUnit'; data: { unitId: string; reason: string } };

export type UnitCommand = RegisterUnit | RenameUnit | RetireUnit;
