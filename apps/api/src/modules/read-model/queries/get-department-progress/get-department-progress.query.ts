import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { DepartmentProgress } from '../../graphql/department-progress.object.js';

/** Progress per unit, per area and for the district; with `asOf`, replayed as things stood then. */
export class GetDepartmentProgressQuery extends Query<DepartmentProgress> {
  constructor(
    readonly actor: Actor,
    readonly taskListId: string,
    readonly area: string | null = null,
    readonly asOf: Date | null = null,
  ) {
    super();
  }
}
