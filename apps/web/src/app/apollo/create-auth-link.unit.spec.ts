import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { ApolloLink } from '@apollo/client/link';
import { firstValueFrom, of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { Session } from '../auth/session.js';
import { SessionStore } from '../auth/session-store.js';
import { createSessionRefresher } from '../auth/session-refresher.js';
import { createAuthLink } from './create-auth-link.js';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const user = {
  id: 'u1',
  username: 'office',
  displayName: '治区办',
  role: 'DISTRICT_OFFICE' as const,
  unitId: null,
  unitName: null,
};
const session = (n: number): Session => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresAt: '2030-01-01T00:00:00.000Z',
  user,
});
const unauthenticated = { errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] };
const QUERY = gql`
  query Units {
    units {
      id
    }
  }
`;

/** A server that accepts only the listed access tokens and records what it was sent. */
function fakeServer(validTokens: string[]) {
  const seen: (string | undefined)[] = [];
  const link = new ApolloLink((operation) => {
    const header = (operation.getContext() as { headers?: Record<string, string> }).headers?.authorization;
    seen.push(header);
    const token = header?.replace('Bearer ', '');
    return of(token && validTokens.includes(token) ? { data: { units: [] } } : unauthenticated);
  });
  return { link, seen };
}

function fakeRefreshEndpoint(answer: 'renew' | 'refuse' | 'down') {
  const calls: string[] = [];
  const fetchImpl = (async (_url: unknown, init?: RequestInit) => {
    calls.push(JSON.parse(String(init?.body)).variables.refreshToken);
    if (answer === 'down') throw new TypeError('fetch failed');
    const body =
      answer === 'renew'
        ? { data: { refreshToken: { ...session(2), user: { ...user, __typename: 'User' } } } }
        : { data: null, errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] };
    return new Response(JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
  return { fetchImpl, calls };
}

/** One link per app, as in production: requests sent through it share its refresher. */
function clientLink(store: SessionStore, server: ReturnType<typeof fakeServer>, fetchImpl: typeof fetch) {
  const link = ApolloLink.from([
    createAuthLink(store, createSessionRefresher(store, '/graphql', fetchImpl)),
    server.link,
  ]);
  const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
  return () => firstValueFrom(ApolloLink.execute(link, { query: QUERY }, { client }));
}

function run(store: SessionStore, server: ReturnType<typeof fakeServer>, fetchImpl: typeof fetch) {
  return clientLink(store, server, fetchImpl)();
}

describe('auth link', () => {
  it('sends the access token as a bearer header', async () => {
    const store = new SessionStore(new MemoryStorage());
    store.start(session(1));
    const server = fakeServer(['access-1']);
    const result = await run(store, server, fakeRefreshEndpoint('renew').fetchImpl);
    expect(result.data).toEqual({ units: [] });
    expect(server.seen).toEqual(['Bearer access-1']);
  });

  it('refreshes an expired session and retries the request once with the new token', async () => {
    const store = new SessionStore(new MemoryStorage());
    store.start(session(1));
    const server = fakeServer(['access-2']);
    const endpoint = fakeRefreshEndpoint('renew');
    const result = await run(store, server, endpoint.fetchImpl);
    expect(result.data).toEqual({ units: [] });
    expect(endpoint.calls).toEqual(['refresh-1']);
    expect(server.seen).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(store.session?.refreshToken).toBe('refresh-2');
    expect(store.session?.user).toEqual(user);
  });

  it('ends the session as expired when the refresh is refused, passing the original error on', async () => {
    const store = new SessionStore(new MemoryStorage());
    store.start(session(1));
    const result = await run(store, fakeServer([]), fakeRefreshEndpoint('refuse').fetchImpl);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(store.getSnapshot()).toEqual({ session: null, endReason: 'expired' });
  });

  it('does not loop when the renewed token is refused too', async () => {
    const store = new SessionStore(new MemoryStorage());
    store.start(session(1));
    const server = fakeServer([]);
    const endpoint = fakeRefreshEndpoint('renew');
    const result = await run(store, server, endpoint.fetchImpl);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(server.seen).toHaveLength(2);
    expect(endpoint.calls).toHaveLength(1);
  });

  it('keeps the session when the refresh endpoint cannot be reached', async () => {
    const store = new SessionStore(new MemoryStorage());
    store.start(session(1));
    await run(store, fakeServer([]), fakeRefreshEndpoint('down').fetchImpl);
    expect(store.session?.accessToken).toBe('access-1');
  });

  it('shares one refresh between requests that fail together', async () => {
    const store = new SessionStore(new MemoryStorage());
    store.start(session(1));
    const server = fakeServer(['access-2']);
    const endpoint = fakeRefreshEndpoint('renew');
    const send = clientLink(store, server, endpoint.fetchImpl);
    const results = await Promise.all([send(), send()]);
    expect(results.map((r) => r.data)).toEqual([{ units: [] }, { units: [] }]);
    expect(endpoint.calls).toEqual(['refresh-1']);
  });
});
