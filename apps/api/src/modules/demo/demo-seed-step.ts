import type { Actor, EvidenceRef } from '@duban/domain';
import type { EventStore } from '@duban/event-store';
import type { Clock } from '../../core/clock/clock.js';
import type { CommandRunner } from '../../core/event-store/command-runner.js';
import type { SeedClock } from './seed-clock.js';

/** What a seed step gets to write the demo district's history with. */
export interface DemoSeedContext {
  /** Runs commands at the seed clock's time (2024 dates), with the domain's rules as usual. */
  runner: CommandRunner;
  clock: SeedClock;
  /**
   * The recorded history the runners write to (see RecordedHistory): a step that builds runners or
   * handlers of its own gives them this store, never the real one, so its events keep their dates.
   */
  store: EventStore;
  /** A runner on the history with another clock (a step's own seed clock). */
  runnerOn(clock: Clock): CommandRunner;
  /** The application clock's time when the seed started: nothing is dated later. */
  today: Date;
  /** The watchers' settings (DUBAN_URGE_DAYS_BEFORE, DUBAN_REMIND_DAYS_BEFORE), to send what they would have. */
  urgeDaysBefore: number;
  remindDaysBefore: number;
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
 * order, after the units, accounts and task lists, all on one recorded history that is committed at
 * the end in one restore, so a seed cut short leaves nothing of it (only the accounts, which are
 * registered again idempotently) and the next start writes it whole.
 */
export interface DemoSeedStep {
  name: string;
  run(context: DemoSeedContext): Promise<void>;
}
