import { print } from 'graphql';
import { RefreshTokenDocument } from '../../generated/graphql.js';
import type { RefreshTokenMutation } from '../../generated/graphql.js';
import type { SessionStore } from './session-store.js';

export type RefreshOutcome = 'refreshed' | 'no-session' | 'rejected' | 'unavailable';

/**
 * Exchanges the refresh token for a new session. It calls the endpoint directly rather than through
 * Apollo so a failing refresh can never re-enter the link that asked for it. Concurrent callers share
 * one request, and a caller whose token was already replaced is told to retry without refreshing again.
 */
export function createSessionRefresher(
  store: SessionStore,
  endpoint = '/graphql',
  fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
): (staleAccessToken: string | undefined) => Promise<RefreshOutcome> {
  let inFlight: Promise<RefreshOutcome> | null = null;

  async function exchange(refreshToken: string): Promise<RefreshOutcome> {
    let body: { data?: RefreshTokenMutation | null; errors?: unknown[] };
    try {
      const response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: print(RefreshTokenDocument), variables: { refreshToken } }),
      });
      if (response.status >= 500) return 'unavailable';
      body = (await response.json()) as typeof body;
    } catch {
      // No answer at all: keep the session, the next request may get through.
      return 'unavailable';
    }
    const renewed = body.data?.refreshToken;
    if (!renewed) {
      store.end('expired');
      return 'rejected';
    }
    store.start(renewed);
    return 'refreshed';
  }

  return (staleAccessToken) => {
    const current = store.session;
    if (!current) return Promise.resolve('no-session');
    if (staleAccessToken !== undefined && current.accessToken !== staleAccessToken)
      return Promise.resolve('refreshed');
    inFlight ??= exchange(current.refreshToken).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}
