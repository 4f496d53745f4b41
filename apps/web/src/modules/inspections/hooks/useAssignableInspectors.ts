import { useQuery } from '@apollo/client/react';
import { AssignableInspectorsDocument } from '../../../generated/graphql.js';

/**
 * The active inspectors a new inspection's team is picked from. Only those who open inspections (the
 * office and inspectors) may ask; for anyone else the query is not sent.
 */
export function useAssignableInspectors({ skip = false }: { skip?: boolean } = {}) {
  const result = useQuery(AssignableInspectorsDocument, { fetchPolicy: 'cache-and-network', skip });
  return { ...result, inspectors: result.data?.assignableInspectors ?? [] };
}
