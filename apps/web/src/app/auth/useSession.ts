import { useSyncExternalStore } from 'react';
import type { SessionSnapshot } from './session-store.js';
import { useSessionStore } from './useSessionStore.js';

/** The current session (null when signed out) and why the previous one ended. */
export function useSession(): SessionSnapshot {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
