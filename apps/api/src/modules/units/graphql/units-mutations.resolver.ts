import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { ProjectionWaiter } from '../../../core/projection/projection-waiter.js';
import { RegisterUnitCommand } from '../commands/register-unit/register-unit.command.js';
import { RenameUnitCommand } from '../commands/rename-unit/rename-unit.command.js';
import { RetireUnitCommand } from '../commands/retire-unit/retire-unit.command.js';
import type { UnitChange } from '../commands/unit-change.js';
import { GetUnitQuery } from '../queries/get-unit/get-unit.query.js';
import { RegisterUnitInput } from './register-unit.input.js';
import { RenameUnitInput } from './rename-unit.input.js';
import { RetireUnitInput } from './retire-unit.input.js';
import { Unit } from './unit.object.js';

/** The unit registry's write side (system administrators); answers with the unit as the read model shows it. */
@Resolver(() => Unit)
export class UnitsMutationsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly waiter: ProjectionWaiter,
  ) {}

  private async afterwards(actor: Actor, change: Promise<UnitChange>): Promise<Unit> {
    const { unitId, checkpoint } = await change;
    return this.waiter.readBack(checkpoint, () => this.queries.execute(new GetUnitQuery(actor, unitId)));
  }

  @Mutation(() => Unit)
  registerUnit(@CurrentActor() actor: Actor, @Args('input') input: RegisterUnitInput): Promise<Unit> {
    return this.afterwards(
      actor,
      this.commands.execute(
        new RegisterUnitCommand(actor, { unitId: input.unitId ?? null, name: input.name, kind: input.kind }),
      ),
    );
  }

  @Mutation(() => Unit)
  renameUnit(@CurrentActor() actor: Actor, @Args('input') input: RenameUnitInput): Promise<Unit> {
    return this.afterwards(
      actor,
      this.commands.execute(new RenameUnitCommand(actor, input.unitId, input.name)),
    );
  }

  @Mutation(() => Unit, { description: 'A retired unit keeps its history and takes no new tasks.' })
  retireUnit(@CurrentActor() actor: Actor, @Args('input') input: RetireUnitInput): Promise<Unit> {
    return this.afterwards(
      actor,
      this.commands.execute(new RetireUnitCommand(actor, input.unitId, input.reason)),
    );
  }
}
