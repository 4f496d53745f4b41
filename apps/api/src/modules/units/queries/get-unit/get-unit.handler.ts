import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@duban/domain';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { readAccess } from '../../../read-model/read-access.js';
import type { Unit } from '../../graphql/unit.object.js';
import { UNITS_TABLE } from '../../projections/units.table.js';
import { toUnitObject } from '../to-unit-object.js';
import { GetUnitQuery } from './get-unit.query.js';

@QueryHandler(GetUnitQuery)
export class GetUnitHandler implements IQueryHandler<GetUnitQuery> {
  constructor(private readonly tables: ReadTables) {}

  async execute({ actor, unitId }: GetUnitQuery): Promise<Unit> {
    readAccess.mayReadDistrict(actor);
    const row = await this.tables.doc(UNITS_TABLE, unitId);
    if (!row) throw notFound('UNIT_NOT_FOUND', `No unit ${unitId}`, { unitId });
    return toUnitObject(row);
  }
}
