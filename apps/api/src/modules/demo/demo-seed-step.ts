import type { Actor, EvidenceRef } from '@duban/domain';
import type { CommandRunner } from '../../core/event-store/command-runner.js';
import type { SeedClock } from './seed-clock.js';

/** What a seed step gets to write the demo district's history with. */
export interface DemoSeedContext {
  /** Runs commands at the seed clock's time (2024 dates), with the domain's rules as usual. */
  runner: CommandRunner;
  clock: SeedClock;
  /** The demo accounts by key (`office`, `sfj`, `liyang`, `inspector`, `leader`, `admin`). */
  actor(key: string): Actor;
  /** The officer account of any demo unit. */
  officerOf(unitId: string): Actor;
  unitIds: readonly string[];
  /** Stores a small file as uploaded evidence and returns the reference events carry. */
  evidence(name: string, content: string, uploadedBy: Actor): Promise<EvidenceRef>;
}

/**
 * A part of the demo seed contributed by a context (tasks, inspections). Steps run in registration
 * order, after the units, accounts and task lists; each must be safe to run again after a crash
 * (fixed ids and idempotency keys), because an interrupted seed is resumed on the next start.
 */
export interface DemoSeedStep {
  name: string;
  run(context: DemoSeedContext): Promise<void>;
}
