import { docTable } from '../../../core/projection/read-table.js';
import type { UnitRow } from './unit-row.js';

export const UNITS_TABLE = docTable<UnitRow>({
  name: 'units',
  key: { name: 'unit_id', type: 'text', value: (u) => u.unitId },
  columns: [
    { name: 'name', type: 'text', value: (u) => u.name },
    { name: 'kind', type: 'text', value: (u) => u.kind },
    { name: 'retired', type: 'boolean', value: (u) => u.retired },
  ],
  indexes: [],
});
