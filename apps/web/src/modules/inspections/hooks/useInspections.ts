import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { InspectionsDocument } from '../../../generated/graphql.js';

// A district runs a few dozen inspections a year: one page at the API's default maximum holds them all.
const INSPECTIONS_PAGE = 200;

/** Every inspection, newest first (the API's order). */
export function useInspections() {
  const result = useQuery(InspectionsDocument, {
    variables: { page: { first: INSPECTIONS_PAGE } },
    fetchPolicy: 'cache-and-network',
  });
  const inspections = useMemo(() => result.data?.inspections.items ?? [], [result.data]);
  return { ...result, inspections };
}
