import { createSessionRefresher } from '../../../app/auth/session-refresher.js';
import type { SessionStore } from '../../../app/auth/session-store.js';

export type AuthorizedFetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Plain HTTP routes (uploads, downloads, exports) need the same bearer token as GraphQL. On a 401 the
 * session is refreshed once and the request repeated, as the Apollo link does for operations.
 */
export function createAuthorizedFetch(
  store: SessionStore,
  fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
): AuthorizedFetch {
  const refresh = createSessionRefresher(store, '/graphql', fetchImpl);
  const send = (input: string, init: RequestInit | undefined, token: string | undefined) => {
    const headers = new Headers(init?.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetchImpl(input, { ...init, headers });
  };
  return async (input, init) => {
    const token = store.session?.accessToken;
    const response = await send(input, init, token);
    if (response.status !== 401) return response;
    if ((await refresh(token)) !== 'refreshed') return response;
    return send(input, init, store.session?.accessToken);
  };
}
