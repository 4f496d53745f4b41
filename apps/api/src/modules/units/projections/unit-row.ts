import type { UnitKind } from '@duban/domain';

/** A responsible unit as the read model keeps it. */
export interface UnitRow {
  unitId: string;
  name: string;
  kind: UnitKind;
  retired: boolean;
  registeredAt: string;
  retiredAt: string | null;
}
