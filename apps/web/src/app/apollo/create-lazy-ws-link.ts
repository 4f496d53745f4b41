import { ApolloLink } from '@apollo/client/link';
import { from, mergeMap } from 'rxjs';
import type { SessionStore } from '../auth/session-store.js';

export interface LazyWsLink {
  link: ApolloLink;
  /** Closes the socket, if one was ever opened, so the next subscription reconnects with the current token. */
  terminate(): void;
}

/**
 * Subscriptions go over graphql-ws, loaded on the first subscription only: most screens never
 * subscribe, and the first page should not pay for the WebSocket client.
 */
export function createLazyWsLink(url: string, store: SessionStore): LazyWsLink {
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
      from(load()).pipe(mergeMap((wsLink) => wsLink.request(operation, forward))),
    ),
    terminate: () => terminate?.(),
  };
}
