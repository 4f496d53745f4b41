import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { Inspection } from '../../graphql/inspection.object.js';

/** One inspection. Fails with INSPECTION_NOT_FOUND. */
export class GetInspectionQuery extends Query<Inspection> {
  constructor(
    readonly actor: Actor,
    readonly inspectionId: string,
  ) {
    super();
  }
}
