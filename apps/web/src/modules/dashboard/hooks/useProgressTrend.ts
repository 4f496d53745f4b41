import { useQuery } from '@apollo/client/react';
import { DashboardProgressTrendDocument } from '../../../generated/graphql.js';

/** The weekly trend of the list, up to the as-of time when one is chosen. */
export function useProgressTrend(taskListId: string | undefined, asOf: string | null = null) {
  const { data, error } = useQuery(DashboardProgressTrendDocument, {
    variables: { taskListId: taskListId ?? '', asOf },
    skip: !taskListId,
    fetchPolicy: 'cache-and-network',
  });
  return { trend: data?.progressTrend ?? [], error };
}
