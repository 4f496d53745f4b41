import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A GraphQL answer refusing with RATE_LIMITED (login attempts, expensive operations) also carries the
 * HTTP Retry-After header, with the seconds the error's details give.
 */
export const retryAfterHeader: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        let seconds = 0;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.code !== 'RATE_LIMITED') continue;
          const details = error.extensions.details as { retryAfterSeconds?: unknown } | undefined;
          if (typeof details?.retryAfterSeconds === 'number') {
            seconds = Math.max(seconds, details.retryAfterSeconds);
          }
        }
        if (seconds > 0) response.http.headers.set('retry-after', String(Math.ceil(seconds)));
      },
    };
  },
};
