import type { TaskDetailFieldsFragment } from '../generated/pending-graphql.js';

export type TaskView = TaskDetailFieldsFragment;
export type TimelineEntry = TaskView['timeline'][number];
