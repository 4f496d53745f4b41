import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { forbidden } from '@duban/domain';
import type { Actor } from '@duban/domain';
import type { DirectoryUser } from '../../graphql/directory-user.object.js';
import { UsersDirectory } from '../../directory/users-directory.js';
import { toDirectoryUser } from '../to-directory-user.js';
import { ListAssignableInspectorsQuery } from './list-assignable-inspectors.query.js';

/**
 * Who picks an inspection team: whoever may open an inspection (the domain's OpenInspection rule),
 * that is the district office and inspectors. Nobody else needs the list of inspectors.
 */
export const mayPickInspectionTeam = (actor: Actor): boolean =>
  actor.role === 'DISTRICT_OFFICE' || actor.role === 'INSPECTOR';

/**
 * The active inspectors, for the team picker of a new inspection: only what a picker shows (name,
 * role, unit), never usernames, lock or account state. The full account list stays with administrators.
 */
@QueryHandler(ListAssignableInspectorsQuery)
export class ListAssignableInspectorsHandler implements IQueryHandler<ListAssignableInspectorsQuery> {
  constructor(private readonly directory: UsersDirectory) {}

  async execute({ actor }: ListAssignableInspectorsQuery): Promise<DirectoryUser[]> {
    if (!mayPickInspectionTeam(actor))
      throw forbidden(`${actor.role} may not list the inspectors to pick a team from`, { role: actor.role });
    return this.directory
      .list()
      .filter((user) => user.role === 'INSPECTOR' && !user.disabled)
      .map(toDirectoryUser)
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN') || a.id.localeCompare(b.id));
  }
}
