import { logTable } from '../../../core/projection/read-table.js';
import type { EvidenceReference } from './evidence-reference.js';

export const EVIDENCE_REFERENCES_TABLE = logTable<EvidenceReference>({
  name: 'evidence_references',
  id: { name: 'id', type: 'text', value: (r) => r.id },
  columns: [
    { name: 'sha256', type: 'text', value: (r) => r.sha256 },
    { name: 'subject_id', type: 'text', value: (r) => r.subjectId },
    { name: 'attached_at', type: 'timestamptz', value: (r) => r.attachedAt },
  ],
  indexes: ['(subject_id)', '(sha256)'],
});
