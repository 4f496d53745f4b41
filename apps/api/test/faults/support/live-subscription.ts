import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { ApiProcess } from './api-process.js';

export interface LiveMessage {
  /** performance.now() when it arrived. */
  at: number;
  data: any;
  errors: unknown;
}

export interface LiveSubscription {
  readonly messages: LiveMessage[];
  /** Set when the subscription ended (error or completion) instead of staying open. */
  readonly ended: string | null;
  close(): Promise<void>;
}

/** Opens one graphql-ws subscription and keeps every message until closed; no reconnects. */
export function openSubscription(
  api: ApiProcess,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): LiveSubscription {
  const client = createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
  });
  const messages: LiveMessage[] = [];
  let ended: string | null = null;
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (value) => messages.push({ at: performance.now(), data: value.data, errors: value.errors }),
      error: (error) => {
        ended = `error: ${error instanceof Error ? error.message : JSON.stringify(error)}`;
      },
      complete: () => {
        ended ??= 'completed';
      },
    },
  );
  return {
    messages,
    get ended() {
      return ended;
    },
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
}
