import { useMemo } from 'react';
import { useSessionStore } from '../../../app/auth/useSessionStore.js';
import { createAuthorizedFetch } from '../model/authorized-fetch.js';
import type { AuthorizedFetch } from '../model/authorized-fetch.js';

export function useAuthorizedFetch(): AuthorizedFetch {
  const store = useSessionStore();
  return useMemo(() => createAuthorizedFetch(store), [store]);
}
