import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { DirectoryUser } from '../../graphql/directory-user.object.js';

export class ListAssignableInspectorsQuery extends Query<DirectoryUser[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}
