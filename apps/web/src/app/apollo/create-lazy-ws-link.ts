import { ApolloLink } from '@apollo/client/link';
import { from, mergeMap, retry } from 'rxjs';
import type { RefreshOutcome } from '../auth/session-refresher.js';
import type { SessionStore } from '../auth/session-store.js';

/** The server closes a socket with 4401 when the token or the session that opened it ends. */
const SESSION_ENDED = /Socket closed with event 4401\b/;
/** Resubscriptions after one another without a message between: a refused session stops sooner. */
const MAX_RESUBSCRIPTIONS = 3;

/**
 * Whether a subscription whose socket the server closed for its session may start again: when the
 * session can be refreshed (an expired access token). A session that has ended (logout, a disabled
 * account) fails to refresh and ends here too, which sends the user to the login page.
 */
export const resubscribeAfterSessionEnd = async (
  error: unknown,
  attempt: number,
  store: SessionStore,
  refresh: (staleAccessToken: string | undefined) => Promise<RefreshOutcome>,
): Promise<boolean> => {
  if (!(error instanceof Error) || !SESSION_ENDED.test(error.message)) return false;
  if (attempt > MAX_RESUBSCRIPTIONS || !store.session) return false;
  return (await refresh(store.session.accessToken)) === 'refreshed';
};

export interface LazyWsLink {
  link: ApolloLink;
  /** Closes the socket, if one was ever opened, so the next subscription reconnects with the current token. */
  terminate(): void;
}

/**
 * Subscriptions go over graphql-ws, loaded on the first subscription only: most screens never
 * subscribe, and the first page should not pay for the WebSocket client. A subscription outlives an
 * access token only by refreshing it: the server ends the socket (4401) and the link subscribes again
 * with the new token.
 */
export function createLazyWsLink(
  url: string,
  store: SessionStore,
  refresh: (staleAccessToken: string | undefined) => Promise<RefreshOutcome>,
): LazyWsLink {
  let loading: Promise<ApolloLink> | null = null;
  let terminate: (() => void) | null = null;

  const load = (): Promise<ApolloLink> =>
    (loading ??= Promise.all([import('graphql-ws/client'), import('@apollo/client/link/subscriptions')]).then(
      ([{ createClient }, { GraphQLWsLink }]) => {
        const client = createClient({
          url,
          lazy: true,
          // Read at every (re)connection, so a refreshed token is used from the next connection on.
          connectionParams: () => {
            const token = store.session?.accessToken;
            return token ? { authorization: `Bearer ${token}` } : {};
          },
        });
        terminate = () => client.terminate();
        return new GraphQLWsLink(client);
      },
    ));

  return {
    link: new ApolloLink((operation, forward) =>
      from(load()).pipe(
        mergeMap((wsLink) => wsLink.request(operation, forward)),
        // The socket closed when the access token expired: refresh it and subscribe again.
        retry({
          resetOnSuccess: true,
          delay: (error: unknown, attempt) =>
            from(
              resubscribeAfterSessionEnd(error, attempt, store, refresh).then((again) => {
                if (!again) throw error;
                return again;
              }),
            ),
        }),
      ),
    ),
    terminate: () => terminate?.(),
  };
}
