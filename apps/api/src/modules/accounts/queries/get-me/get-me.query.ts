import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { UserRecord } from '../../directory/user-record.js';

export class GetMeQuery extends Query<UserRecord> {
  constructor(readonly actor: Actor) {
    super();
  }
}
