import type { UserRecord } from '../directory/user-record.js';

/** What a login or refresh hands back: a short-lived access token and the next refresh token. */
export interface AuthResult {
  accessToken: string;
  refreshToken: string;
  /** When the access token stops working. */
  expiresAt: Date;
  user: UserRecord;
  /** Only from a login: lets this device pass the account's lock later (`DeviceTrust`). */
  deviceToken?: string;
}
