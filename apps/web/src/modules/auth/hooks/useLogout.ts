import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useSessionStore } from '../../../app/auth/useSessionStore.js';
import { LogoutDocument } from '../../../generated/graphql.js';

/** Revokes the refresh token on the server, then forgets the session whatever the server said. */
export function useLogout(): () => Promise<void> {
  const store = useSessionStore();
  const [logout] = useMutation(LogoutDocument);
  return useCallback(async () => {
    const refreshToken = store.session?.refreshToken;
    if (refreshToken) {
      try {
        await logout({ variables: { refreshToken } });
      } catch {
        // An unreachable server must not keep the user signed in on this screen.
      }
    }
    store.end('logout');
  }, [logout, store]);
}
