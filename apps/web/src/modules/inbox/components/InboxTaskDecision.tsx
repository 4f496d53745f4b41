import { Skeleton } from 'antd';
import { useQuery } from '@apollo/client/react';
import { TaskDetailDocument } from '../../../generated/graphql.js';
import TaskActionBar from '../../tasks/components/TaskActionBar.js';
import type { TaskAction } from '../../tasks/model/available-task-actions.js';
import type { InboxKind } from '../model/inbox-items.js';

const DECISIONS: Record<Exclude<InboxKind, 'verification'>, readonly TaskAction[]> = {
  handoff: ['approveHandoff', 'rejectHandoff'],
  review: ['accept', 'return'],
  extension: ['approveExtension', 'rejectExtension'],
};

/** The decision buttons of one inbox item, with the same forms and confirmations as on the task page. */
export default function InboxTaskDecision({
  taskId,
  kind,
}: {
  taskId: string;
  kind: Exclude<InboxKind, 'verification'>;
}) {
  const { data } = useQuery(TaskDetailDocument, { variables: { id: taskId }, fetchPolicy: 'cache-first' });
  if (!data) return <Skeleton.Button active size="small" />;
  return <TaskActionBar task={data.task} only={DECISIONS[kind]} />;
}
