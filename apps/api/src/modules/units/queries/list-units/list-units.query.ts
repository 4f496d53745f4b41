import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { Unit } from '../../graphql/unit.object.js';

/** Every unit, departments first, by name; retired ones only when asked. */
export class ListUnitsQuery extends Query<Unit[]> {
  constructor(
    readonly actor: Actor,
    readonly includeRetired = false,
  ) {
    super();
  }
}
