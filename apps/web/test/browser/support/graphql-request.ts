import type { RunningApi } from './api-server.js';

/**
 * Sets up data through the API directly (not the UI under test). Throws on any GraphQL error so a
 * broken fixture never looks like a failing screen.
 */
export async function graphqlRequest<T>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
  accessToken?: string,
): Promise<T> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL request failed: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** Logs in as the generated administrator and registers a user with the given role. */
export async function registerUser(
  api: RunningApi,
  user: { username: string; displayName: string; role: string; password: string; unitId?: string },
): Promise<void> {
  const { login } = await graphqlRequest<{ login: { accessToken: string } }>(
    api,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { username: api.adminUsername, password: api.adminPassword } },
  );
  await graphqlRequest(
    api,
    'mutation ($input: RegisterUserInput!) { registerUser(input: $input) { id } }',
    { input: user },
    login.accessToken,
  );
}
