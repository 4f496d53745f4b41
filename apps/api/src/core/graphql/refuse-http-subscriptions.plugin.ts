import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Subscriptions are served over graphql-ws on the GraphQL path. Posted over HTTP, Apollo would run
 * one as a query whose subscription field resolves to nothing, failing as an internal error; it is
 * refused as a bad request instead (VALIDATION) before anything runs.
 */
export const refuseHttpSubscriptions: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws), not over HTTP', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      },
    };
  },
};
