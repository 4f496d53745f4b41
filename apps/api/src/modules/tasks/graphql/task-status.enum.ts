import { registerEnumType } from '@nestjs/graphql';
import { TASK_STATUSES } from '@duban/domain';
import type { TaskStatus } from '@duban/domain';

/** The domain's task statuses as a GraphQL enum; the names are the values. */
export const TaskStatusEnum = Object.fromEntries(TASK_STATUSES.map((s) => [s, s])) as {
  [S in TaskStatus]: S;
};

registerEnumType(TaskStatusEnum, {
  name: 'TaskStatus',
  description: 'Where a task stands in its lifecycle.',
});
