import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { findingStream, notFound } from '@duban/domain';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { AsOfReplay } from '../../../read-model/as-of-replay.js';
import { readAccess } from '../../../read-model/read-access.js';
import { ReadViews } from '../../../read-model/read-views.js';
import { INSPECTIONS_TABLE } from '../../../inspections/projections/inspections.table.js';
import type { Finding } from '../../graphql/finding.object.js';
import type { FindingRow } from '../../projections/finding-row.js';
import { FINDINGS_TABLE } from '../../projections/findings.table.js';
import { findingsProjection } from '../../projections/findings.projection.js';
import { toFindingObject } from '../to-finding-object.js';
import { GetFindingQuery } from './get-finding.query.js';

@QueryHandler(GetFindingQuery)
export class GetFindingHandler implements IQueryHandler<GetFindingQuery> {
  constructor(
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
    private readonly replay: AsOfReplay,
  ) {}

  async execute({ actor, findingId, asOf }: GetFindingQuery): Promise<Finding> {
    readAccess.mayReadDistrict(actor);
    let row: FindingRow | null | undefined;
    if (asOf) {
      const folded = await this.replay.stream(findingStream(findingId), asOf, [findingsProjection]);
      row = folded.get(FINDINGS_TABLE, findingId);
    } else {
      row = await this.tables.doc(FINDINGS_TABLE, findingId);
    }
    if (!row || (row.status === 'LOGGED' && !readAccess.seesUnnotifiedFindings(actor)))
      throw notFound('FINDING_NOT_FOUND', `No finding ${findingId}`, { findingId });
    const inspection = await this.tables.doc(INSPECTIONS_TABLE, row.inspectionId);
    return toFindingObject(
      row,
      asOf ? await this.views.at(asOf) : await this.views.current(),
      inspection?.title ?? null,
    );
  }
}
