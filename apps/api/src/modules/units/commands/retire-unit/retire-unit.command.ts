import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { UnitChange } from '../unit-change.js';

export class RetireUnitCommand extends Command<UnitChange> {
  constructor(
    readonly actor: Actor,
    readonly unitId: string,
    readonly reason: string,
  ) {
    super();
  }
}
