/** What a signed access token says. The session id lets logout and refresh tie back to it. */
export interface AccessTokenClaims {
  sub: string;
  role: string;
  unitId: string | null;
  sid: string;
  /** The account's token version when issued; a password or role change moves it on. */
  ver: number;
}
