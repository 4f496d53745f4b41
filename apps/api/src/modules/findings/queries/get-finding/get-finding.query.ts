import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { Finding } from '../../graphql/finding.object.js';

/** One finding as the read model shows it now, or as it stood at `asOf`. Fails with FINDING_NOT_FOUND. */
export class GetFindingQuery extends Query<Finding> {
  constructor(
    readonly actor: Actor,
    readonly findingId: string,
    readonly asOf: Date | null = null,
  ) {
    super();
  }
}
