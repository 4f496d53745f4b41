import type { Role } from '@duban/domain';

/** One account as logins and the account screens need it. */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  disabled: boolean;
  passwordHash: string;
}
