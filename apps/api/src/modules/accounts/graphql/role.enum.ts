import { registerEnumType } from '@nestjs/graphql';
import { ROLES } from '@duban/domain';
import type { Role } from '@duban/domain';

/** The domain's roles as a GraphQL enum; the names are the values. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

registerEnumType(RoleEnum, { name: 'Role', description: 'What a person may do in the system.' });
