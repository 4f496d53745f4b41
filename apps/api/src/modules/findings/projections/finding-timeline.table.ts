import { timelineTable } from '../../../core/projection/timeline-table.js';

/** Every event of every finding: who, what, when, why, and the old and new values. */
export const FINDING_TIMELINE_TABLE = timelineTable('finding_timeline');
