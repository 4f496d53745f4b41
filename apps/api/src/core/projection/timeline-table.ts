import type { LogTable } from './read-table.js';
import { logTable } from './read-table.js';
import type { TimelineEntry } from './timeline-entry.js';

/** A timeline table: tasks and findings keep one each, with the same columns. */
export const timelineTable = (name: string): LogTable<TimelineEntry> =>
  logTable<TimelineEntry>({
    name,
    id: { name: 'event_id', type: 'text', value: (r) => r.id },
    columns: [
      { name: 'subject_id', type: 'text', value: (r) => r.subjectId },
      { name: 'seq', type: 'integer', value: (r) => r.seq },
      { name: 'at', type: 'timestamptz', value: (r) => r.at },
    ],
    indexes: ['(subject_id, seq)'],
  });
