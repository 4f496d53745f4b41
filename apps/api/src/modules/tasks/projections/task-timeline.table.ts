import { timelineTable } from '../../../core/projection/timeline-table.js';

/** Every event of every task: who, what, when, why, and the old and new values. */
export const TASK_TIMELINE_TABLE = timelineTable('task_timeline');
