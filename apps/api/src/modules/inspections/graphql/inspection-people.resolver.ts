import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { UsersDirectory } from '../../accounts/directory/users-directory.js';
import { DirectoryUser } from '../../accounts/graphql/directory-user.object.js';
import { toDirectoryUser } from '../../accounts/queries/to-directory-user.js';
import { mayReadNotice } from '../notice/may-read-notice.js';
import { noticeMarkdownPath } from '../notice/notice-markdown-path.js';
import { InspectionNoticeObject } from './inspection-notice.object.js';
import { Inspection } from './inspection.object.js';

/**
 * The fields of an inspection that name people: its team and the notices (通报) with who issued them.
 * They live beside the accounts directory, which the read model's own resolver does not reach.
 */
@Resolver(() => Inspection)
export class InspectionPeopleResolver {
  constructor(private readonly users: UsersDirectory) {}

  @ResolveField(() => [DirectoryUser], {
    description: 'The team (督察组) by name; accounts since disabled are still named.',
  })
  team(@Parent() inspection: Inspection): DirectoryUser[] {
    return inspection.teamUserIds.flatMap((userId) => {
      const user = this.users.findById(userId);
      return user ? [toDirectoryUser(user)] : [];
    });
  }

  @ResolveField(() => [InspectionNoticeObject], {
    description:
      'Notices issued, oldest first: the ones the caller may read (a unit officer sees those naming their unit).',
  })
  notices(@CurrentActor() actor: Actor, @Parent() inspection: Inspection): InspectionNoticeObject[] {
    return (inspection.noticeRows ?? [])
      .filter((notice) => mayReadNotice(actor, { content: { units: notice.units } }))
      .map((notice) => ({
        noticeId: notice.noticeId,
        title: notice.title,
        issuedAt: notice.issuedAt,
        issuedBy: notice.issuedBy,
        issuedByName: notice.issuedBy ? (this.users.findById(notice.issuedBy)?.displayName ?? null) : null,
        units: notice.units,
        findingCount: notice.units.reduce((sum, unit) => sum + unit.findings.length, 0),
        markdownPath: noticeMarkdownPath(inspection.id, notice.noticeId),
      }));
  }
}
