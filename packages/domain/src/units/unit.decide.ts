import type { DecisionContext } from '../shared/actor.js';
import { invalidState, notFound, validation } from '../shared/domain-error.js';
import { TEXT_LIMITS, requireText } from '../shared/validation.js';
import { assertMayRunUnitCommand } from './unit.access.js';
import type { UnitCommand } from './unit.commands.js';
import { UNIT_KINDS } from './unit.events.js';
import type { UnitEvent, UnitKind } from './unit.events.js';
import { evolveUnit, initialUnitState } from './unit.state.js';
import type { UnitState } from './unit.state.js';

const requireKind = (value: unknown): UnitKind => {
  if (typeof value === 'string' && (UNIT_KINDS as readonly string[]).includes(value))
    return value as UnitKind;
  throw validation('VALIDATION', `kind: must be one of ${UNIT_KINDS.join(', ')}`, { field: 'kind', value });
};

const existing = (state: UnitState, unitId: string) => {
  if (state.status === 'NONE') throw notFound('UNIT_NOT_FOUND', `unit ${unitId} does not exist`, { unitId });
  return state;
};

/** Decides unit-registry commands. Access is checked first, then existence, then input and state. */
export const decideUnit = (command: UnitCommand, state: UnitState, ctx: DecisionContext): UnitEvent[] => {
  assertMayRunUnitCommand(command, ctx.actor);
  switch (command.type) {
    case 'RegisterUnit': {
      if (state.status !== 'NONE') {
        throw invalidState('UNIT_ALREADY_EXISTS', `unit ${state.unitId} already exists`, {
          unitId: state.unitId,
        });
      }
      return [
        {
          type: 'UnitRegistered',
          data: {
            unitId: requireText('unitId', command.data.unitId, TEXT_LIMITS.id),
            name: requireText('name', command.data.name, TEXT_LIMITS.name),
            kind: requireKind(command.data.kind),
            registeredAt: ctx.now,
          },
        },
      ];
    }
    case 'RenameUnit': {
      const unit = existing(state, command.data.unitId);
      if (unit.status === 'RETIRED')
        throw invalidState('UNIT_RETIRED', `unit ${unit.unitId} is retired`, { unitId: unit.unitId });
      const name = requireText('name', command.data.name, TEXT_LIMITS.name);
      // Renaming to the current name is a retry or a no-op, not an error.
      if (name === unit.name) return [];
      return [
        {
          type: 'UnitRenamed',
          data: { unitId: unit.unitId, oldName: unit.name, newName: name, renamedAt: ctx.now },
        },
      ];
    }
    case 'RetireUnit': {
      const unit = existing(state, command.data.unitId);
      if (unit.status === 'RETIRED')
        throw invalidState('UNIT_RETIRED', `unit ${unit.unitId} is retired`, { unitId: unit.unitId });
      return [
        {
          type: 'UnitRetired',
          data: {
            unitId: unit.unitId,
            name: unit.name,
            kind: unit.kind,
            reason: requireText('reason', command.data.reason, TEXT_LIMITS.reason),
            retiredAt: ctx.now,
          },
        },
      ];
    }
    default: {
      const unexpected: never = command;
      throw validation('VALIDATION', `unknown command ${(unexpected as { type: string }).type}`, {});
    }
  }
};

/** The unit registry as one emmett-style decider. */
export const unitDecider = { decide: decideUnit, evolve: evolveUnit, initialState: initialUnitState };
