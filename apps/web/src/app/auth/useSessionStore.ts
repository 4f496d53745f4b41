import { useContext } from 'react';
import { SessionContext } from './session-context.js';
import type { SessionStore } from './session-store.js';

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSessionStore must be used inside AppProviders');
  return store;
}
