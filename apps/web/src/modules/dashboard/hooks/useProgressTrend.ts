import { useQuery } from '@apollo/client/react';
import { DashboardProgressTrendDocument } from '../../../generated/graphql.js';

export function useProgressTrend(taskListId: string | undefined) {
  const { data, error } = useQuery(DashboardProgressTrendDocument, {
    variables: { taskListId: taskListId ?? '' },
    skip: !taskListId,
    fetchPolicy: 'cache-and-network',
  });
  return { trend: data?.progressTrend ?? [], error };
}
