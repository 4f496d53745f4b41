import { useCallback } from 'react';
import { useSessionStore } from '../../../app/auth/useSessionStore.js';

/**
 * fetch with the session's bearer token, for the plain HTTP routes beside GraphQL (file upload and
 * download, notice export). A refused token surfaces as a 401 the caller reports like any error.
 */
export function useAuthorizedFetch(): (input: string, init?: RequestInit) => Promise<Response> {
  const store = useSessionStore();
  return useCallback(
    (input: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      const token = store.session?.accessToken;
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
    [store],
  );
}
