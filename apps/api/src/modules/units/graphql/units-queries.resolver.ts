import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { GetUnitQueueQuery } from '../queries/get-unit-queue/get-unit-queue.query.js';
import { GetUnitQuery } from '../queries/get-unit/get-unit.query.js';
import { ListUnitsQuery } from '../queries/list-units/list-units.query.js';
import { UnitQueue } from './unit-queue.object.js';
import { Unit } from './unit.object.js';

@Resolver(() => Unit)
export class UnitsQueriesResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [Unit], { description: 'Units, departments first, by name.' })
  units(
    @CurrentActor() actor: Actor,
    @Args('includeRetired', { type: () => Boolean, defaultValue: false }) includeRetired: boolean,
  ): Promise<Unit[]> {
    return this.queries.execute(new ListUnitsQuery(actor, includeRetired));
  }

  @Query(() => Unit)
  unit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Unit> {
    return this.queries.execute(new GetUnitQuery(actor, id));
  }

  @Query(() => UnitQueue, { description: "A unit's work queue; unit officers see only their own unit's." })
  unitQueue(
    @CurrentActor() actor: Actor,
    @Args('unitId', { type: () => ID }) unitId: string,
  ): Promise<UnitQueue> {
    return this.queries.execute(new GetUnitQueueQuery(actor, unitId));
  }
}
