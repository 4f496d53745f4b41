import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface SocketClose {
  code: number;
  reason: string;
}

export interface LiveSocket {
  client: Client;
  /** Resolves when the server closes the socket, with its close code and reason. */
  closed: Promise<SocketClose>;
  /** Resolves with the next result of the subscription after the call. */
  nextResult(): Promise<unknown>;
  dispose(): Promise<void>;
}

/**
 * Opens a graphql-ws socket (with the token, if any), starts one subscription on it and keeps it
 * running, so a test can watch what happens to it while other things happen elsewhere.
 */
export function openLiveSocket(graphqlUrl: string, query: string, token?: string): LiveSocket {
  let onClose: (close: SocketClose) => void = () => undefined;
  const closed = new Promise<SocketClose>((resolve) => (onClose = resolve));
  const client = createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    // The close is what the test watches; the client need not also print it.
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        onClose({ code, reason: String(reason) });
      },
    },
  });
  const waiting: Array<(value: unknown) => void> = [];
  client.subscribe(
    { query },
    {
      next: (value) => waiting.splice(0).forEach((resolve) => resolve(value)),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return {
    client,
    closed,
    nextResult: () => new Promise((resolve) => waiting.push(resolve)),
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** The close, or 'still open' when the socket is still open after `ms` (a bound, so a failure is quick). */
export const closeWithin = (socket: LiveSocket, ms: number): Promise<SocketClose | 'still open'> =>
  Promise.race([
    socket.closed,
    new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms).unref()),
  ]);
