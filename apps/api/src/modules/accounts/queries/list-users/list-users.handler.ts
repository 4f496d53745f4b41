import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { forbidden } from '@duban/domain';
import type { UserRecord } from '../../directory/user-record.js';
import { UsersDirectory } from '../../directory/users-directory.js';
import { ListUsersQuery } from './list-users.query.js';

/** The account list is for whoever manages accounts: the same rule as the account commands. */
@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(private readonly directory: UsersDirectory) {}

  async execute({ actor }: ListUsersQuery): Promise<UserRecord[]> {
    if (actor.role !== 'SYSTEM_ADMIN')
      throw forbidden(`${actor.role} may not list accounts`, { role: actor.role });
    return this.directory.list();
  }
}
