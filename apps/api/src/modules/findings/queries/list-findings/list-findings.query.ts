import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { PageInput } from '../../../read-model/graphql/page.input.js';
import type { FindingFilterInput } from '../../graphql/finding-filter.input.js';
import type { FindingPage } from '../../graphql/finding-page.object.js';

/** The rectification ledger: findings filtered and paged, by deadline. */
export class ListFindingsQuery extends Query<FindingPage> {
  constructor(
    readonly actor: Actor,
    readonly filter: FindingFilterInput | null,
    readonly page: PageInput | null,
  ) {
    super();
  }
}
