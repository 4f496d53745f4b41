import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { readAccess } from '../../../read-model/read-access.js';
import type { Unit } from '../../graphql/unit.object.js';
import { UNITS_TABLE } from '../../projections/units.table.js';
import { toUnitObject } from '../to-unit-object.js';
import { ListUnitsQuery } from './list-units.query.js';

@QueryHandler(ListUnitsQuery)
export class ListUnitsHandler implements IQueryHandler<ListUnitsQuery> {
  constructor(private readonly tables: ReadTables) {}

  async execute({ actor, includeRetired }: ListUnitsQuery): Promise<Unit[]> {
    readAccess.mayReadDistrict(actor);
    const rows = await this.tables.docs(
      UNITS_TABLE,
      includeRetired ? 'true' : 'not retired',
      [],
      'kind, name',
    );
    return rows.map(toUnitObject);
  }
}
