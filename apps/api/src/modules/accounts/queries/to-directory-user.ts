import type { DirectoryUser } from '../graphql/directory-user.object.js';
import type { UserRecord } from '../directory/user-record.js';

/** The picker's view of an account: nothing a colleague has no need to see. */
export const toDirectoryUser = (user: UserRecord): DirectoryUser => ({
  id: user.id,
  displayName: user.displayName,
  role: user.role,
  unitId: user.unitId,
  unitName: user.unitName,
});
