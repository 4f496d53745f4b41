import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { DashboardProgressChangedDocument, DashboardProgressDocument } from '../../../generated/graphql.js';
import type { DepartmentProgressView } from '../model/progress-types.js';

/**
 * Progress of one task list, now or as of a date. Now, it follows the `progressChanged`
 * subscription, so figures move while the office watches; a past date is fixed and is not followed.
 */
export function useDashboardProgress(taskListId: string | undefined, asOf: string | null) {
  const query = useQuery(DashboardProgressDocument, {
    variables: { taskListId: taskListId ?? '', asOf },
    skip: !taskListId,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [pushed, setPushed] = useState<{ key: string; progress: DepartmentProgressView } | null>(null);
  const key = `${taskListId ?? ''}`;
  const subscription = useSubscription(DashboardProgressChangedDocument, {
    variables: { taskListId: taskListId ?? '' },
    skip: !taskListId || asOf !== null,
    onData: ({ data }) => {
      const progress = data.data?.progressChanged;
      if (progress) setPushed({ key, progress });
    },
  });

  const latestPushed = asOf === null && pushed?.key === key ? pushed.progress : null;
  const fetched = query.data?.departmentProgress ?? null;
  // The newer of the fetched and the pushed figures wins; both carry the time they describe.
  const progress =
    latestPushed && (!fetched || Date.parse(latestPushed.at) >= Date.parse(fetched.at))
      ? latestPushed
      : fetched;
  return {
    progress,
    loading: query.loading && !fetched,
    refreshing: query.loading && fetched !== null,
    error: query.error,
    refetch: () => void query.refetch(),
    live: asOf === null && !!taskListId && !subscription.error,
  };
}
