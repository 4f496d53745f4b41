/*
 * HAND-WRITTEN STAND-IN for src/generated/graphql.ts, to be deleted once the API commits its SDL to
 * packages/graphql-schema/schema.graphql and `pnpm --filter @duban/web run codegen` can run.
 * The operations mirror the .graphql files beside this one; the names match what codegen emits,
 * so replacing this file means changing imports only.
 */
import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';

export type Role = 'SYSTEM_ADMIN' | 'DISTRICT_OFFICE' | 'UNIT_OFFICER' | 'INSPECTOR' | 'LEADER';

export interface LoginInput {
  username: string;
  password: string;
}

export interface SessionUserFields {
  __typename?: string;
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
}

export interface AuthPayloadFields {
  __typename?: string;
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: SessionUserFields;
}

export interface LoginMutation {
  login: AuthPayloadFields;
}
export interface LoginMutationVariables {
  input: LoginInput;
}
export interface RefreshTokenMutation {
  refreshToken: AuthPayloadFields;
}
export interface RefreshTokenMutationVariables {
  refreshToken: string;
}
export interface LogoutMutation {
  logout: boolean;
}
export interface LogoutMutationVariables {
  refreshToken: string;
}
export interface MeQuery {
  me: SessionUserFields;
}
export type MeQueryVariables = Record<string, never>;

export const LoginDocument: TypedDocumentNode<LoginMutation, LoginMutationVariables> = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      expiresAt
      user {
        id
        username
        displayName
        role
        unitId
        unitName
      }
    }
  }
`;

export const RefreshTokenDocument: TypedDocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables> =
  gql`
    mutation RefreshToken($refreshToken: String!) {
      refreshToken(refreshToken: $refreshToken) {
        accessToken
        refreshToken
        expiresAt
        user {
          id
          username
          displayName
          role
          unitId
          unitName
        }
      }
    }
  `;

export const LogoutDocument: TypedDocumentNode<LogoutMutation, LogoutMutationVariables> = gql`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`;

export const MeDocument: TypedDocumentNode<MeQuery, MeQueryVariables> = gql`
  query Me {
    me {
      id
      username
      displayName
      role
      unitId
      unitName
    }
  }
`;
