import { docTable } from '../../../core/projection/read-table.js';
import type { InspectionRow } from './inspection-row.js';

export const INSPECTIONS_TABLE = docTable<InspectionRow>({
  name: 'inspections',
  key: { name: 'inspection_id', type: 'text', value: (i) => i.inspectionId },
  columns: [
    { name: 'kind', type: 'text', value: (i) => i.kind },
    { name: 'status', type: 'text', value: (i) => i.status },
    { name: 'opened_at', type: 'timestamptz', value: (i) => i.openedAt },
  ],
  indexes: ['(opened_at)'],
});
