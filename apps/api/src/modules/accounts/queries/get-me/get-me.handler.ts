import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnauthenticatedError } from '../../../../core/errors/unauthenticated.error.js';
import type { UserRecord } from '../../directory/user-record.js';
import { UsersDirectory } from '../../directory/users-directory.js';
import { GetMeQuery } from './get-me.query.js';

@QueryHandler(GetMeQuery)
export class GetMeHandler implements IQueryHandler<GetMeQuery> {
  constructor(private readonly directory: UsersDirectory) {}

  async execute({ actor }: GetMeQuery): Promise<UserRecord> {
    const user = this.directory.findById(actor.userId);
    if (!user) throw new UnauthenticatedError();
    return user;
  }
}
