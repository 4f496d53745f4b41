import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { UsersDocument } from '../../../generated/graphql.js';

/**
 * Every account; pages pick inspectors for a team or look a name up from an id. Only administrators
 * may list accounts, so for anyone else the query is not sent and the list is empty.
 */
export function useUsers({ skip = false }: { skip?: boolean } = {}) {
  const result = useQuery(UsersDocument, { fetchPolicy: 'cache-and-network', skip });
  const users = useMemo(() => result.data?.users ?? [], [result.data]);
  const nameOf = useMemo(() => {
    const names = new Map(users.map((user) => [user.id, user.displayName]));
    return (id: string): string | undefined => names.get(id);
  }, [users]);
  return { ...result, users, nameOf };
}
