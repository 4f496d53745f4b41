import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { UnitQueue } from '../../graphql/unit-queue.object.js';

/** A unit's work queue; a unit officer may read only their own unit's. */
export class GetUnitQueueQuery extends Query<UnitQueue> {
  constructor(
    readonly actor: Actor,
    readonly unitId: string,
  ) {
    super();
  }
}
