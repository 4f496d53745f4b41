import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { deviceTokenFor, rememberDeviceToken } from '../../../app/auth/device-tokens.js';
import { useSessionStore } from '../../../app/auth/useSessionStore.js';
import { LoginDocument } from '../../../generated/graphql.js';
import type { LoginInput } from '../../../generated/graphql.js';

/** Signs in and starts the session; rejects with the API's coded error when the credentials are refused. */
export function useLogin(): { login: (input: LoginInput) => Promise<void>; loading: boolean } {
  const store = useSessionStore();
  const [mutate, { loading }] = useMutation(LoginDocument);
  const login = useCallback(
    async (input: LoginInput) => {
      const deviceToken = input.deviceToken ?? deviceTokenFor(input.username);
      const { data } = await mutate({ variables: { input: { ...input, deviceToken } } });
      if (!data) return;
      const { deviceToken: issued, ...session } = data.login;
      rememberDeviceToken(input.username, issued);
      store.start(session);
    },
    [mutate, store],
  );
  return { login, loading };
}
