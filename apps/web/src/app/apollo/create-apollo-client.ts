import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloLink } from '@apollo/client/link';
import { HttpLink } from '@apollo/client/link/http';
import { OperationTypeNode } from 'graphql';
import type { SessionStore } from '../auth/session-store.js';
import { createSessionRefresher } from '../auth/session-refresher.js';
import { createAuthLink } from './create-auth-link.js';
import { createLazyWsLink } from './create-lazy-ws-link.js';

const GRAPHQL_PATH = '/graphql';

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_PATH}`;
}

/** One client per page load: HTTP for queries and mutations, graphql-ws for subscriptions. */
export function createApolloClient(store: SessionStore): ApolloClient {
  const refresh = createSessionRefresher(store, GRAPHQL_PATH);
  const ws = createLazyWsLink(webSocketUrl(), store, refresh);

  const isSubscription = (operation: ApolloLink.Operation): boolean =>
    operation.operationType === OperationTypeNode.SUBSCRIPTION;

  const client = new ApolloClient({
    link: ApolloLink.split(
      isSubscription,
      ws.link,
      ApolloLink.from([createAuthLink(store, refresh), new HttpLink({ uri: GRAPHQL_PATH })]),
    ),
    cache: new InMemoryCache(),
  });

  let signedInAs = store.session?.user.id;
  store.subscribe(() => {
    const userId = store.session?.user.id;
    if (userId === signedInAs) return;
    signedInAs = userId;
    // A different (or no) user must not keep the previous user's socket or cached data.
    ws.terminate();
    void client.clearStore();
  });
  return client;
}
