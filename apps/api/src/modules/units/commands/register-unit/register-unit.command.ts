import { Command } from '@nestjs/cqrs';
import type { Actor, UnitKind } from '@duban/domain';
import type { UnitChange } from '../unit-change.js';

export interface RegisterUnitFields {
  /** A short stable code (`sfj`); a random id when left out. */
  unitId?: string | null;
  name: string;
  kind: UnitKind;
}

export class RegisterUnitCommand extends Command<UnitChange> {
  constructor(
    readonly actor: Actor,
    readonly fields: RegisterUnitFields,
    readonly options: { idempotencyKey?: string } = {},
  ) {
    super();
  }
}
