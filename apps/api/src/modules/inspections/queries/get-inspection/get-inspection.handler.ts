import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@duban/domain';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { readAccess } from '../../../read-model/read-access.js';
import { ReadViews } from '../../../read-model/read-views.js';
import type { Inspection } from '../../graphql/inspection.object.js';
import { INSPECTIONS_TABLE } from '../../projections/inspections.table.js';
import { toInspectionObject } from '../to-inspection-object.js';
import { GetInspectionQuery } from './get-inspection.query.js';

@QueryHandler(GetInspectionQuery)
export class GetInspectionHandler implements IQueryHandler<GetInspectionQuery> {
  constructor(
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
  ) {}

  async execute({ actor, inspectionId }: GetInspectionQuery): Promise<Inspection> {
    readAccess.mayReadDistrict(actor);
    const row = await this.tables.doc(INSPECTIONS_TABLE, inspectionId);
    if (!row) throw notFound('INSPECTION_NOT_FOUND', `No inspection ${inspectionId}`, { inspectionId });
    return toInspectionObject(row, await this.views.current());
  }
}
