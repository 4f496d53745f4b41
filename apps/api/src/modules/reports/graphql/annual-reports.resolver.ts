import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { Expensive } from '../../../core/graphql/expensive.decorator.js';
import { ProjectionWaiter } from '../../../core/projection/projection-waiter.js';
import { EditAnnualReportSectionCommand } from '../commands/edit-annual-report-section/edit-annual-report-section.command.js';
import { GenerateAnnualReportCommand } from '../commands/generate-annual-report/generate-annual-report.command.js';
import type { ReportChange } from '../commands/report-change.js';
import { DiffAnnualReportQuery } from '../queries/diff-annual-report/diff-annual-report.query.js';
import { GetAnnualReportQuery } from '../queries/get-annual-report/get-annual-report.query.js';
import { GetFigureSourcesQuery } from '../queries/get-figure-sources/get-figure-sources.query.js';
import { ListAnnualReportVersionsQuery } from '../queries/list-annual-report-versions/list-annual-report-versions.query.js';
import { AnnualReportDiff } from './annual-report-diff.object.js';
import { AnnualReportVersion } from './annual-report-version.object.js';
import { AnnualReport } from './annual-report.object.js';
import { EditAnnualReportSectionInput } from './edit-annual-report-section.input.js';
import { FigureSourceEvent } from './figure-source-event.object.js';

const listArg = { type: () => ID, nullable: true, description: 'Omit for the district report of the year.' };

/**
 * The annual report: drafted by the office from the log, read by the office, leaders and
 * administrators. A mutation answers with the version it recorded, read back once the read model has
 * reached it (STALE when it does not within DUBAN_READ_WAIT_MS), like every other mutation.
 */
@Resolver(() => AnnualReport)
export class AnnualReportsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly waiter: ProjectionWaiter,
  ) {}

  private async afterwards(actor: Actor, change: Promise<ReportChange>): Promise<AnnualReport> {
    const { year, taskListId, version, checkpoint } = await change;
    return this.waiter.readBack(checkpoint, async () => {
      const report = await this.queries.execute(new GetAnnualReportQuery(actor, year, taskListId, version));
      if (!report)
        throw new Error(`report ${year}/${taskListId ?? 'district'} v${version} is not in the log`);
      return report;
    });
  }

  @Query(() => AnnualReport, {
    nullable: true,
    description: 'A version of the report (the latest by default).',
  })
  annualReport(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('taskListId', listArg) taskListId?: string | null,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<AnnualReport | null> {
    return this.queries.execute(new GetAnnualReportQuery(actor, year, taskListId ?? null, version ?? null));
  }

  @Query(() => [AnnualReportVersion])
  annualReportVersions(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('taskListId', listArg) taskListId?: string | null,
  ): Promise<AnnualReportVersion[]> {
    return this.queries.execute(new ListAnnualReportVersionsQuery(actor, year, taskListId ?? null));
  }

  @Query(() => AnnualReportDiff)
  @Expensive()
  annualReportDiff(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('v1', { type: () => Int }) v1: number,
    @Args('v2', { type: () => Int }) v2: number,
    @Args('taskListId', listArg) taskListId?: string | null,
  ): Promise<AnnualReportDiff> {
    return this.queries.execute(new DiffAnnualReportQuery(actor, year, taskListId ?? null, v1, v2));
  }

  @Query(() => [FigureSourceEvent], { description: 'The recorded events a report figure was computed from.' })
  figureSources(
    @CurrentActor() actor: Actor,
    @Args('figureId', { type: () => ID }) figureId: string,
  ): Promise<FigureSourceEvent[]> {
    return this.queries.execute(new GetFigureSourcesQuery(actor, figureId));
  }

  @Mutation(() => AnnualReport, { description: 'Drafts the report from the event log as a new version.' })
  @Expensive()
  generateAnnualReport(
    @CurrentActor() actor: Actor,
    @Args('year', { type: () => Int }) year: number,
    @Args('taskListId', listArg) taskListId?: string | null,
    @Args('asOf', {
      type: () => String,
      nullable: true,
      description: 'Read the log as it stood then (ISO 8601).',
    })
    asOf?: string | null,
  ): Promise<AnnualReport> {
    return this.afterwards(
      actor,
      this.commands.execute(new GenerateAnnualReportCommand(actor, year, taskListId ?? null, asOf ?? null)),
    );
  }

  @Mutation(() => AnnualReport)
  editAnnualReportSection(
    @CurrentActor() actor: Actor,
    @Args('input') input: EditAnnualReportSectionInput,
  ): Promise<AnnualReport> {
    return this.afterwards(
      actor,
      this.commands.execute(
        new EditAnnualReportSectionCommand(
          actor,
          input.year,
          input.taskListId ?? null,
          input.sectionId,
          input.text,
          input.basedOnVersion ?? null,
        ),
      ),
    );
  }
}
