import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Actor, EvidenceRef } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { ProjectionWaiter } from '../../../core/projection/projection-waiter.js';
import { Finding } from '../../findings/graphql/finding.object.js';
import { GetFindingQuery } from '../../findings/queries/get-finding/get-finding.query.js';
import type { ChangeOutcome } from '../commands/change-outcome.js';
import { EscalateFindingCommand } from '../commands/escalate-finding/escalate-finding.command.js';
import { LogFindingCommand } from '../commands/log-finding/log-finding.command.js';
import { NotifyFindingCommand } from '../commands/notify-finding/notify-finding.command.js';
import { ReportRectificationProgressCommand } from '../commands/report-rectification-progress/report-rectification-progress.command.js';
import { RequestFindingClosureCommand } from '../commands/request-finding-closure/request-finding-closure.command.js';
import { ReturnRectificationCommand } from '../commands/return-rectification/return-rectification.command.js';
import { SubmitRectificationPlanCommand } from '../commands/submit-rectification-plan/submit-rectification-plan.command.js';
import { VerifyRectificationCommand } from '../commands/verify-rectification/verify-rectification.command.js';
import { EscalateFindingInput } from './escalate-finding.input.js';
import type { EvidenceRefInput } from './evidence-ref.input.js';
import { LogFindingInput } from './log-finding.input.js';
import { ReportRectificationProgressInput } from './report-rectification-progress.input.js';
import { RequestFindingClosureInput } from './request-finding-closure.input.js';
import { ReturnRectificationInput } from './return-rectification.input.js';
import { SubmitRectificationPlanInput } from './submit-rectification-plan.input.js';
import { VerifyRectificationInput } from './verify-rectification.input.js';

const evidenceOf = (refs: EvidenceRefInput[] | null | undefined): EvidenceRef[] | null =>
  refs ? refs.map(({ sha256, name, size, contentType }) => ({ sha256, name, size, contentType })) : null;

/**
 * Finding commands, from logging to closure. Who may run them is the domain's rule, checked by each
 * handler; each mutation answers with the finding as the read model shows it after the change.
 */
@Resolver()
export class FindingsMutationsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly waiter: ProjectionWaiter,
  ) {}

  /**
   * Waits for the read model to reach the command's events, then reads the finding back from it;
   * STALE when it does not in time, or when the database goes away after the change was stored.
   */
  private async changed(actor: Actor, outcome: Promise<ChangeOutcome>): Promise<Finding> {
    const { id, checkpoint } = await outcome;
    return this.waiter.readBack(checkpoint, () => this.queries.execute(new GetFindingQuery(actor, id)));
  }

  @Mutation(() => Finding, { description: '登记问题 against a target unit of the inspection.' })
  logFinding(@CurrentActor() actor: Actor, @Args('input') input: LogFindingInput): Promise<Finding> {
    return this.changed(
      actor,
      this.commands.execute(
        new LogFindingCommand(actor, {
          inspectionId: input.inspectionId,
          unitId: input.unitId,
          description: input.description,
          severity: input.severity,
          category: input.category,
          evidence: evidenceOf(input.evidence),
          rectificationDeadline: input.rectificationDeadline,
          taskId: input.taskId ?? null,
        }),
      ),
    );
  }

  @Mutation(() => Finding, { description: '通报 the finding to its unit.' })
  notifyFinding(
    @CurrentActor() actor: Actor,
    @Args('findingId', { type: () => ID }) findingId: string,
  ): Promise<Finding> {
    return this.changed(actor, this.commands.execute(new NotifyFindingCommand(actor, { findingId })));
  }

  @Mutation(() => Finding, { description: '整改方案 from the unit the finding is against.' })
  submitRectificationPlan(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubmitRectificationPlanInput,
  ): Promise<Finding> {
    return this.changed(
      actor,
      this.commands.execute(new SubmitRectificationPlanCommand(actor, { ...input })),
    );
  }

  @Mutation(() => Finding, { description: 'A rectification progress report.' })
  reportRectificationProgress(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReportRectificationProgressInput,
  ): Promise<Finding> {
    return this.changed(
      actor,
      this.commands.execute(
        new ReportRectificationProgressCommand(actor, {
          findingId: input.findingId,
          narrative: input.narrative,
          percent: input.percent,
          evidence: evidenceOf(input.evidence),
        }),
      ),
    );
  }

  @Mutation(() => Finding, { description: '申请销号, with evidence.' })
  requestFindingClosure(
    @CurrentActor() actor: Actor,
    @Args('input') input: RequestFindingClosureInput,
  ): Promise<Finding> {
    return this.changed(
      actor,
      this.commands.execute(
        new RequestFindingClosureCommand(actor, {
          findingId: input.findingId,
          summary: input.summary,
          evidence: evidenceOf(input.evidence) ?? [],
        }),
      ),
    );
  }

  @Mutation(() => Finding, { description: '验收销号: closes the finding.' })
  verifyRectification(
    @CurrentActor() actor: Actor,
    @Args('input') input: VerifyRectificationInput,
  ): Promise<Finding> {
    return this.changed(
      actor,
      this.commands.execute(
        new VerifyRectificationCommand(actor, { findingId: input.findingId, remarks: input.remarks ?? null }),
      ),
    );
  }

  @Mutation(() => Finding, { description: '退回: sends the rectification back with a reason.' })
  returnRectification(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReturnRectificationInput,
  ): Promise<Finding> {
    return this.changed(actor, this.commands.execute(new ReturnRectificationCommand(actor, { ...input })));
  }

  @Mutation(() => Finding, { description: '挂牌督办 by the district office.' })
  escalateFinding(
    @CurrentActor() actor: Actor,
    @Args('input') input: EscalateFindingInput,
  ): Promise<Finding> {
    return this.changed(actor, this.commands.execute(new EscalateFindingCommand(actor, { ...input })));
  }
}
