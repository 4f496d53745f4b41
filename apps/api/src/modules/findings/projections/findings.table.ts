import { docTable } from '../../../core/projection/read-table.js';
import type { FindingRow } from './finding-row.js';

export const FINDINGS_TABLE = docTable<FindingRow>({
  name: 'findings',
  key: { name: 'finding_id', type: 'text', value: (f) => f.findingId },
  columns: [
    { name: 'inspection_id', type: 'text', value: (f) => f.inspectionId },
    { name: 'unit_id', type: 'text', value: (f) => f.unitId },
    { name: 'task_id', type: 'text', value: (f) => f.taskId },
    { name: 'status', type: 'text', value: (f) => f.status },
    { name: 'severity', type: 'text', value: (f) => f.severity },
    { name: 'escalated', type: 'boolean', value: (f) => f.escalated },
    { name: 'rectification_deadline', type: 'date', value: (f) => f.rectificationDeadline },
    { name: 'logged_at', type: 'timestamptz', value: (f) => f.loggedAt },
  ],
  indexes: ['(inspection_id)', '(unit_id, status)', '(rectification_deadline)', '(logged_at)'],
});
