import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { createApolloClient } from '../apollo/create-apollo-client.js';
import { SessionContext } from '../auth/session-context.js';
import { SessionStore } from '../auth/session-store.js';
import AntdProvider from './AntdProvider.js';
import LocaleProvider from './LocaleProvider.js';

export default function AppProviders({ children }: { children: ReactNode }) {
  const [services] = useState(() => {
    const store = new SessionStore();
    return { store, client: createApolloClient(store) };
  });
  return (
    <LocaleProvider>
      <AntdProvider>
        <SessionContext.Provider value={services.store}>
          <ApolloProvider client={services.client}>{children}</ApolloProvider>
        </SessionContext.Provider>
      </AntdProvider>
    </LocaleProvider>
  );
}
