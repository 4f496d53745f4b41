import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { UsersDocument } from '../../../generated/graphql.js';

/** Every account; pages pick inspectors for a team or look a name up from an id. */
export function useUsers() {
  const result = useQuery(UsersDocument, { fetchPolicy: 'cache-and-network' });
  const users = useMemo(() => result.data?.users ?? [], [result.data]);
  const nameOf = useMemo(() => {
    const names = new Map(users.map((user) => [user.id, user.displayName]));
    return (id: string) => names.get(id) ?? id;
  }, [users]);
  return { ...result, users, nameOf };
}
