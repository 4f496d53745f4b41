import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { ProjectionWaiter } from '../../../core/projection/projection-waiter.js';
import type { ChangeOutcome } from '../commands/change-outcome.js';
import { CloseInspectionCommand } from '../commands/close-inspection/close-inspection.command.js';
import { IssueInspectionNoticeCommand } from '../commands/issue-inspection-notice/issue-inspection-notice.command.js';
import { OpenInspectionCommand } from '../commands/open-inspection/open-inspection.command.js';
import { RecordCaseFileReviewCommand } from '../commands/record-case-file-review/record-case-file-review.command.js';
import { CloseInspectionInput } from './close-inspection.input.js';
import { IssueInspectionNoticeInput } from './issue-inspection-notice.input.js';
import { OpenInspectionInput } from './open-inspection.input.js';
import { RecordCaseFileReviewInput } from './record-case-file-review.input.js';

/** Inspection commands. Who may run them is the domain's rule, checked by each handler. */
@Resolver()
export class InspectionsMutationsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly waiter: ProjectionWaiter,
  ) {}

  /** Answers once the read model shows the change, so the caller's next query already sees it. */
  private async settled<T extends ChangeOutcome>(outcome: Promise<T>): Promise<T> {
    const done = await outcome;
    await this.waiter.waitFor(done.checkpoint);
    return done;
  }

  @Mutation(() => ID, { description: '督察: opens an inspection of target units by a team of inspectors.' })
  async openInspection(
    @CurrentActor() actor: Actor,
    @Args('input') input: OpenInspectionInput,
  ): Promise<string> {
    const outcome = await this.settled(
      this.commands.execute(
        new OpenInspectionCommand(actor, {
          kind: input.kind,
          title: input.title,
          teamUserIds: input.teamUserIds,
          targetUnitIds: input.targetUnitIds,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          filesSampled: input.filesSampled ?? null,
          filesSampledByUnit: input.filesSampledByUnit?.map((entry) => ({ ...entry })) ?? null,
        }),
      ),
    );
    return outcome.id;
  }

  @Mutation(() => ID, { description: '案卷评查: records the outcome of one unit’s sampled case files.' })
  async recordCaseFileReview(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordCaseFileReviewInput,
  ): Promise<string> {
    return (await this.settled(this.commands.execute(new RecordCaseFileReviewCommand(actor, { ...input }))))
      .id;
  }

  @Mutation(() => ID, { description: 'Ends fieldwork; findings already logged go on to rectification.' })
  async closeInspection(
    @CurrentActor() actor: Actor,
    @Args('input') input: CloseInspectionInput,
  ): Promise<string> {
    return (
      await this.settled(
        this.commands.execute(
          new CloseInspectionCommand(actor, {
            inspectionId: input.inspectionId,
            remarks: input.remarks ?? null,
          }),
        ),
      )
    ).id;
  }

  @Mutation(() => ID, {
    description: '通报: issues a notice of the findings as they stand; returns the notice id.',
  })
  async issueInspectionNotice(
    @CurrentActor() actor: Actor,
    @Args('input') input: IssueInspectionNoticeInput,
  ): Promise<string> {
    const outcome = await this.settled(
      this.commands.execute(
        new IssueInspectionNoticeCommand(actor, {
          inspectionId: input.inspectionId,
          title: input.title ?? null,
        }),
      ),
    );
    return outcome.noticeId;
  }
}
