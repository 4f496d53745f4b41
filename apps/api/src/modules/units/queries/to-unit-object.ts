import type { Unit } from '../graphql/unit.object.js';
import type { UnitRow } from '../projections/unit-row.js';

export const toUnitObject = (row: UnitRow): Unit => ({
  id: row.unitId,
  name: row.name,
  kind: row.kind,
  retired: row.retired,
  registeredAt: row.registeredAt,
  retiredAt: row.retiredAt,
});
