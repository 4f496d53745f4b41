import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { Unit } from '../../graphql/unit.object.js';

/** One unit. Fails with UNIT_NOT_FOUND. */
export class GetUnitQuery extends Query<Unit> {
  constructor(
    readonly actor: Actor,
    readonly unitId: string,
  ) {
    super();
  }
}
