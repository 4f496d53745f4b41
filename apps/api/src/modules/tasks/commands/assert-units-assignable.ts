import { assertUnitAssignable, unitDecider, unitStream } from '@duban/domain';
import type { CommandRunner } from '../../../core/event-store/command-runner.js';

/** Tasks and handoffs go only to registered units that are not retired; each unit's stream decides. */
export async function assertUnitsAssignable(runner: CommandRunner, unitIds: Iterable<string>): Promise<void> {
  for (const unitId of new Set(unitIds)) {
    const { state } = await runner.load(unitStream(unitId), unitDecider);
    assertUnitAssignable(unitId, state);
  }
}
