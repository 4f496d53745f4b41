import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { PageInput } from '../../../read-model/graphql/page.input.js';
import type { InspectionPage } from '../../graphql/inspection-page.object.js';

/** Inspections, newest first. */
export class ListInspectionsQuery extends Query<InspectionPage> {
  constructor(
    readonly actor: Actor,
    readonly page: PageInput | null,
  ) {
    super();
  }
}
