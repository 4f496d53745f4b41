import { ApolloLink } from '@apollo/client/link';
import { from, mergeMap, of, throwError, catchError } from 'rxjs';
import type { Observable } from 'rxjs';
import type { SessionStore } from '../auth/session-store.js';
import type { RefreshOutcome } from '../auth/session-refresher.js';
import { hasUnauthenticatedError, isUnauthenticatedFailure } from './is-unauthenticated.js';

// These run without (or to obtain) a session; retrying them after a refresh makes no sense.
const SESSION_OPERATIONS = new Set(['Login', 'RefreshToken', 'Logout']);

/**
 * Adds the bearer token; when the API answers UNAUTHENTICATED it refreshes the session and retries the
 * operation once. A refused refresh ends the session as expired (the router then shows the login page).
 */
export function createAuthLink(
  store: SessionStore,
  refresh: (staleAccessToken: string | undefined) => Promise<RefreshOutcome>,
): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const attempt = (): Observable<ApolloLink.Result> => {
      const token = store.session?.accessToken;
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      }));
      return forward(operation);
    };
    if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return attempt();

    const usedToken = store.session?.accessToken;
    let retried = false;
    const retryAfterRefresh = (original: Observable<ApolloLink.Result>): Observable<ApolloLink.Result> => {
      // Once only: a second refusal after a fresh token is an answer, not an expiry.
      if (retried) return original;
      retried = true;
      return from(refresh(usedToken)).pipe(
        mergeMap((outcome) => (outcome === 'refreshed' ? attempt() : original)),
      );
    };

    return attempt().pipe(
      mergeMap((result) =>
        hasUnauthenticatedError(result.errors) ? retryAfterRefresh(of(result)) : of(result),
      ),
      catchError((error: unknown) =>
        isUnauthenticatedFailure(error)
          ? retryAfterRefresh(throwError(() => error))
          : throwError(() => error),
      ),
    );
  });
}
