import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { Expensive } from '../../../core/graphql/expensive.decorator.js';
import { ReadTables } from '../../../core/projection/read-tables.js';
import { evidenceByEvent } from '../../evidence/projections/evidence-by-event.js';
import { TimelineEntryObject } from '../../read-model/graphql/timeline-entry.object.js';
import { ReadViews } from '../../read-model/read-views.js';
import { toTimelineObjects } from '../../read-model/to-timeline-objects.js';
import { FINDING_TIMELINE_TABLE } from '../projections/finding-timeline.table.js';
import { PageInput } from '../../read-model/graphql/page.input.js';
import { GetFindingQuery } from '../queries/get-finding/get-finding.query.js';
import { ListFindingsQuery } from '../queries/list-findings/list-findings.query.js';
import { FindingFilterInput } from './finding-filter.input.js';
import { FindingPage } from './finding-page.object.js';
import { Finding } from './finding.object.js';

@Resolver(() => Finding)
export class FindingsQueriesResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
  ) {}

  @Query(() => Finding, { description: 'One finding; with `asOf`, as it stood at that time.' })
  @Expensive('asOf')
  finding(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', { type: () => Date, nullable: true }) asOf?: Date | null,
  ): Promise<Finding> {
    return this.queries.execute(new GetFindingQuery(actor, id, asOf ?? null));
  }

  @Query(() => FindingPage, { description: 'The rectification ledger (整改台账): findings by deadline.' })
  rectificationLedger(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => FindingFilterInput, nullable: true }) filter?: FindingFilterInput | null,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput | null,
  ): Promise<FindingPage> {
    return this.queries.execute(new ListFindingsQuery(actor, filter ?? null, page ?? null));
  }

  @ResolveField(() => [TimelineEntryObject], {
    description: 'Every event of the finding: who did what, when, and why.',
  })
  async timeline(@Parent() finding: Finding): Promise<TimelineEntryObject[]> {
    const [entries, evidence] = await Promise.all([
      this.tables.timeline(FINDING_TIMELINE_TABLE, finding.id),
      evidenceByEvent(this.tables, finding.id),
    ]);
    return toTimelineObjects(entries, await this.views.current(), finding.asOf ?? null, evidence);
  }
}
