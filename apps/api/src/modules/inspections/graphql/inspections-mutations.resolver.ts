import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { ProjectionWaiter } from '../../../core/projection/projection-waiter.js';
import type { ChangeOutcome } from '../commands/change-outcome.js';
import { CloseInspectionCommand } from '../commands/close-inspection/close-inspection.command.js';
import { IssueInspectionNoticeCommand } from '../commands/issue-inspection-notice/issue-inspection-notice.command.js';
import { OpenInspectionCommand } from '../commands/open-inspection/open-inspection.command.js';
import { RecordCaseFileReviewCommand } from '../commands/record-case-file-review/record-case-file-review.command.js';
import { noticeMarkdownPath } from '../notice/notice-markdown-path.js';
import { GetInspectionQuery } from '../queries/get-inspection/get-inspection.query.js';
import { CloseInspectionInput } from './close-inspection.input.js';
import { Inspection } from './inspection.object.js';
import { IssueInspectionNoticeInput } from './issue-inspection-notice.input.js';
import { IssuedNotice } from './issued-notice.payload.js';
import { OpenInspectionInput } from './open-inspection.input.js';
import { RecordCaseFileReviewInput } from './record-case-file-review.input.js';

/**
 * Inspection commands. Who may run them is the domain's rule, checked by each handler; each mutation
 * answers with the inspection as the read model shows it after the change.
 */
@Resolver()
export class InspectionsMutationsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly waiter: ProjectionWaiter,
  ) {}

  /**
   * Waits for the read model to reach the command's events, then reads the inspection back from it;
   * STALE when it does not in time, or when the database goes away after the change was stored.
   */
  private changed(actor: Actor, outcome: ChangeOutcome): Promise<Inspection> {
    return this.waiter.readBack(outcome.checkpoint, () =>
      this.queries.execute(new GetInspectionQuery(actor, outcome.id)),
    );
  }

  @Mutation(() => Inspection, {
    description: '督察: opens an inspection of target units by a team of inspectors.',
  })
  async openInspection(
    @CurrentActor() actor: Actor,
    @Args('input') input: OpenInspectionInput,
  ): Promise<Inspection> {
    const outcome = await this.commands.execute(
      new OpenInspectionCommand(actor, {
        kind: input.kind,
        title: input.title,
        teamUserIds: input.teamUserIds,
        targetUnitIds: input.targetUnitIds,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        filesSampled: input.filesSampled ?? null,
        filesSampledByUnit:
          input.filesSampledByUnit?.map(({ unitId, filesSampled }) => ({ unitId, filesSampled })) ?? null,
      }),
    );
    return this.changed(actor, outcome);
  }

  @Mutation(() => Inspection, {
    description: '案卷评查: records the outcome of one unit’s sampled case files.',
  })
  async recordCaseFileReview(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordCaseFileReviewInput,
  ): Promise<Inspection> {
    const { inspectionId, unitId, filesSampled, filesWithIssues, outcome } = input;
    return this.changed(
      actor,
      await this.commands.execute(
        new RecordCaseFileReviewCommand(actor, {
          inspectionId,
          unitId,
          filesSampled,
          filesWithIssues,
          outcome,
        }),
      ),
    );
  }

  @Mutation(() => Inspection, {
    description: 'Ends fieldwork; findings already logged go on to rectification.',
  })
  async closeInspection(
    @CurrentActor() actor: Actor,
    @Args('input') input: CloseInspectionInput,
  ): Promise<Inspection> {
    return this.changed(
      actor,
      await this.commands.execute(
        new CloseInspectionCommand(actor, {
          inspectionId: input.inspectionId,
          remarks: input.remarks ?? null,
        }),
      ),
    );
  }

  @Mutation(() => IssuedNotice, {
    description: '通报: issues a notice of the inspection’s findings as they stand now.',
  })
  async issueInspectionNotice(
    @CurrentActor() actor: Actor,
    @Args('input') input: IssueInspectionNoticeInput,
  ): Promise<IssuedNotice> {
    const outcome = await this.commands.execute(
      new IssueInspectionNoticeCommand(actor, {
        inspectionId: input.inspectionId,
        title: input.title ?? null,
      }),
    );
    return {
      noticeId: outcome.noticeId,
      title: outcome.title,
      markdownPath: noticeMarkdownPath(outcome.id, outcome.noticeId),
      inspection: await this.changed(actor, outcome),
    };
  }
}
