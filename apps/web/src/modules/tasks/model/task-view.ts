import type { TaskDetailFieldsFragment } from '../../../generated/graphql.js';

export type TaskView = TaskDetailFieldsFragment;
export type TimelineEntry = TaskView['timeline'][number];
