import { Module } from '@nestjs/common';
import { RegisterUnitHandler } from './commands/register-unit/register-unit.handler.js';
import { RenameUnitHandler } from './commands/rename-unit/rename-unit.handler.js';
import { RetireUnitHandler } from './commands/retire-unit/retire-unit.handler.js';
import { UnitsMutationsResolver } from './graphql/units-mutations.resolver.js';

/** The unit registry (责任单位): its commands and GraphQL. */
@Module({
  providers: [RegisterUnitHandler, RenameUnitHandler, RetireUnitHandler, UnitsMutationsResolver],
})
export class UnitsModule {}
