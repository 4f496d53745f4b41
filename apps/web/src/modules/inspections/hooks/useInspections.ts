import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { InspectionsDocument } from '../../workspace/generated/pending-graphql.js';

/** Every inspection, newest first. */
export function useInspections() {
  const result = useQuery(InspectionsDocument, { fetchPolicy: 'cache-and-network' });
  const inspections = useMemo(
    () => [...(result.data?.inspections ?? [])].sort((a, b) => b.openedAt.localeCompare(a.openedAt)),
    [result.data],
  );
  return { ...result, inspections };
}
