import { useQuery } from '@apollo/client/react';
import { MeDocument } from '../../../generated/graphql.js';

/** The signed-in user as the server sees them now (the stored session may be older). */
export function useMe() {
  return useQuery(MeDocument, { fetchPolicy: 'cache-and-network' });
}
