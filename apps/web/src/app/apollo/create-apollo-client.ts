import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloLink } from '@apollo/client/link';
import { HttpLink } from '@apollo/client/link/http';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import type { SessionStore } from '../auth/session-store.js';
import { createSessionRefresher } from '../auth/session-refresher.js';
import { createAuthLink } from './create-auth-link.js';

const GRAPHQL_PATH = '/graphql';

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_PATH}`;
}

/** One client per page load: HTTP for queries and mutations, graphql-ws for subscriptions. */
export function createApolloClient(store: SessionStore): ApolloClient {
  const refresh = createSessionRefresher(store, GRAPHQL_PATH);
  const wsClient = createClient({
    url: webSocketUrl(),
    lazy: true,
    // Read at every (re)connection, so a refreshed token is used from the next connection on.
    connectionParams: () => {
      const token = store.session?.accessToken;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });

  let signedInAs = store.session?.user.id;
  store.subscribe(() => {
    const userId = store.session?.user.id;
    if (userId === signedInAs) return;
    signedInAs = userId;
    // A different (or no) user must not keep the previous user's socket or cached data.
    wsClient.terminate();
    void client.clearStore();
  });

  const isSubscription = (operation: ApolloLink.Operation): boolean =>
    operation.operationType === OperationTypeNode.SUBSCRIPTION;

  const client = new ApolloClient({
    link: ApolloLink.split(
      isSubscription,
      new GraphQLWsLink(wsClient),
      ApolloLink.from([createAuthLink(store, refresh), new HttpLink({ uri: GRAPHQL_PATH })]),
    ),
    cache: new InMemoryCache(),
  });
  return client;
}
