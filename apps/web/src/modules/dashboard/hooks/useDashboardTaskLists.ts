import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { DashboardTaskListsDocument } from '../../../generated/graphql.js';

/** Issued task lists, newest first: only issued lists have progress to show. */
export function useDashboardTaskLists() {
  const { data, loading, error, refetch } = useQuery(DashboardTaskListsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const lists = useMemo(
    () =>
      (data?.taskLists ?? [])
        .filter((list) => list.status === 'ISSUED')
        .sort((a, b) => b.year - a.year || (b.issuedAt ?? '').localeCompare(a.issuedAt ?? '')),
    [data],
  );
  return { lists, loading: loading && !data, error, refetch: () => void refetch() };
}
