import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { ReadTables } from '../../../core/projection/read-tables.js';
import { FINDINGS_TABLE } from '../../findings/projections/findings.table.js';
import { isFindingRowOverdue } from '../../findings/queries/to-finding-object.js';
import { PageInput } from '../../read-model/graphql/page.input.js';
import { readAccess } from '../../read-model/read-access.js';
import { ReadViews } from '../../read-model/read-views.js';
import { GetInspectionQuery } from '../queries/get-inspection/get-inspection.query.js';
import { ListInspectionsQuery } from '../queries/list-inspections/list-inspections.query.js';
import { InspectionPage } from './inspection-page.object.js';
import { InspectionSummary } from './inspection-summary.object.js';
import type { UnitFindingCounts } from './inspection-summary.object.js';
import { Inspection } from './inspection.object.js';

@Resolver(() => Inspection)
export class InspectionsQueriesResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
  ) {}

  @Query(() => InspectionPage, { description: 'Inspections, newest first.' })
  inspections(
    @CurrentActor() actor: Actor,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput | null,
  ): Promise<InspectionPage> {
    return this.queries.execute(new ListInspectionsQuery(actor, page ?? null));
  }

  @Query(() => Inspection)
  inspection(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Inspection> {
    return this.queries.execute(new GetInspectionQuery(actor, id));
  }

  @ResolveField(() => InspectionSummary, { description: 'Its findings by status and by unit.' })
  async summary(@CurrentActor() actor: Actor, @Parent() inspection: Inspection): Promise<InspectionSummary> {
    // A finding not yet notified is the team's working note: a unit officer does not count it either.
    const findings = readAccess.seesUnnotifiedFindings(actor)
      ? await this.tables.docs(FINDINGS_TABLE, 'inspection_id = $1', [inspection.id])
      : await this.tables.docs(FINDINGS_TABLE, `inspection_id = $1 and status <> 'LOGGED'`, [inspection.id]);
    const view = await this.views.current();
    const byStatus = new Map<string, number>();
    const byUnit = new Map<string, UnitFindingCounts>();
    for (const f of findings) {
      byStatus.set(f.status, (byStatus.get(f.status) ?? 0) + 1);
      let unit = byUnit.get(f.unitId);
      if (!unit) {
        unit = {
          unitId: f.unitId,
          unitName: view.unitName(f.unitId),
          total: 0,
          open: 0,
          closed: 0,
          overdue: 0,
          escalated: 0,
        };
        byUnit.set(f.unitId, unit);
      }
      unit.total += 1;
      if (f.status === 'CLOSED') unit.closed += 1;
      else unit.open += 1;
      if (isFindingRowOverdue(f, view)) unit.overdue += 1;
      if (f.escalated) unit.escalated += 1;
    }
    return {
      findings: findings.length,
      byStatus: [...byStatus].map(([status, count]) => ({ status, count })),
      byUnit: [...byUnit.values()],
    };
  }
}
