import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '@duban/domain';
import type { Actor } from '@duban/domain';
import type { EventStore } from '@duban/event-store';
import { APP_CONFIG } from '../../core/config/config.token.js';
import type { AppConfig } from '../../core/config/app-config.js';
import { Clock } from '../../core/clock/clock.js';
import { LogWriteGate } from '../../core/event-store/log-write-gate.js';
import { CommandRunner } from '../../core/event-store/command-runner.js';
import { EVENT_STORE } from '../../core/event-store/event-store.token.js';
import { deterministicUuid } from '../../core/ids/deterministic-uuid.js';
import { RegisterUserCommand } from '../accounts/commands/register-user/register-user.command.js';
import { EvidenceFiles } from '../evidence/storage/evidence-files.js';
import { DEMO_ACCOUNTS, DEMO_UNITS } from './demo-district.data.js';
import type { DemoSeedContext, DemoSeedStep } from './demo-seed-step.js';
import { RecordedHistory } from './recorded-history.js';
import { seedTaskLists, seedUnits } from './seed-task-lists.js';
import { SeedClock } from './seed-clock.js';

/** The stream whose single event says the demo district is complete. */
export const DEMO_SEED_STREAM = 'demo-seed';
const SEED_KEY = 'demo-seed';
const OFFICER_PASSWORD_BYTES = 12;

/**
 * Seeds the demo district on first start when DUBAN_SEED_DEMO is on (the default in embedded mode):
 * the report's units, one account per role, the 2024 task list with its year of work and the
 * inspection of the report, then this year's list with work around today. The history is written
 * as it happened: each event recorded at its own date (a seed clock), through the store's restore
 * path (RecordedHistory), so the trend, as-of answers and the audit log show a real year. A marker
 * stream, committed with the history in one restore, makes later starts skip it; a seed cut short
 * leaves only its accounts (fixed ids, registered idempotently) and is written whole next time.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');
  private readonly steps: DemoSeedStep[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly appClock: Clock,
    private readonly commands: CommandBus,
    private readonly files: EvidenceFiles,
    private readonly gate: LogWriteGate,
  ) {}

  /** Adds a context's part of the demo; call it before the application starts (constructor or onModuleInit). */
  register(step: DemoSeedStep): void {
    this.steps.push(step);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    if (this.gate.blocked) {
      this.logger.warn('the event log failed its integrity check: the demo district is not seeded');
      return;
    }
    if ((await this.store.streamVersion(DEMO_SEED_STREAM)) >= 0) {
      this.printAccounts();
      return;
    }
    if (await this.holdsOtherData()) {
      this.logger.log('the event store already holds data of its own: the demo district is not seeded');
      return;
    }
    const started = Date.now();
    await this.seed();
    this.logger.log(`seeded the demo district in ${Date.now() - started} ms`);
    this.printAccounts();
  }

  async seed(): Promise<void> {
    const today = this.appClock.now();
    const history = new RecordedHistory(this.store);
    const clock = new SeedClock();
    const runner = new CommandRunner(history, clock);
    // The units and the accounts go straight into the store: registering an officer reads its unit.
    const accounts = await this.registerAccounts(new CommandRunner(this.store, clock), clock);
    const context: DemoSeedContext = {
      runner,
      clock,
      store: history,
      runnerOn: (other) => new CommandRunner(history, other),
      today,
      urgeDaysBefore: this.config.urgeDaysBefore,
      remindDaysBefore: this.config.remindDaysBefore,
      actor: (key) => {
        const actor = accounts.get(key);
        if (!actor) throw new Error(`no demo account ${key}`);
        return actor;
      },
      officerOf: (unitId) => {
        const actor = accounts.get(unitId);
        if (!actor || actor.role !== 'UNIT_OFFICER') throw new Error(`no demo officer for ${unitId}`);
        return actor;
      },
      unitIds: DEMO_UNITS.map((unit) => unit.id),
      evidence: async (name, content, uploadedBy) =>
        this.files.save(Readable.from([Buffer.from(content, 'utf8')]), name, uploadedBy.userId),
    };
    for (const step of [{ name: 'task-lists', run: seedTaskLists }, ...this.steps]) {
      this.logger.log(`seeding ${step.name}`);
      await step.run(context);
    }
    // The marker is dated when the seed ran, after everything it marks.
    await new CommandRunner(history, this.appClock).claim(
      DEMO_SEED_STREAM,
      { type: 'DemoDistrictSeeded', data: { steps: ['task-lists', ...this.steps.map((s) => s.name)] } },
      SYSTEM_ACTOR,
      deterministicUuid(DEMO_SEED_STREAM, SEED_KEY),
    );
    const written = await history.commit();
    this.logger.log(`recorded ${written} events of the demo's history`);
  }

  /**
   * The demo accounts plus an officer for every other unit (so every seeded event has a real author).
   * Those officers get random passwords: an administrator can reset them. An officer is bound only
   * to a registered unit, so the accounts without a unit come first, then the units, then the officers.
   */
  private async registerAccounts(runner: CommandRunner, clock: SeedClock): Promise<Map<string, Actor>> {
    const wanted = [
      ...DEMO_ACCOUNTS,
      ...DEMO_UNITS.filter((unit) => !DEMO_ACCOUNTS.some((a) => a.unitId === unit.id)).map((unit) => ({
        key: unit.id,
        username: `${unit.id}.officer`,
        displayName: `${unit.name}联络员`,
        role: 'UNIT_OFFICER' as const,
        unitId: unit.id,
        password: null,
      })),
    ];
    const actors = new Map<string, Actor>();
    const register = async (account: (typeof wanted)[number]) => {
      const userId = deterministicUuid('demo-account', account.username);
      await this.commands.execute(
        new RegisterUserCommand(
          SYSTEM_ACTOR,
          {
            username: account.username,
            displayName: account.displayName,
            role: account.role,
            unitId: account.unitId,
            password: account.password ?? `Dm#${randomBytes(OFFICER_PASSWORD_BYTES).toString('base64url')}`,
          },
          { userId, idempotencyKey: SEED_KEY },
        ),
      );
      actors.set(account.key, { userId, role: account.role, unitId: account.unitId });
    };
    // Hashing the passwords is most of a first start's seed: one account per core at a time (each
    // argon2 hash holds 19 MiB, so not all at once).
    const registerAll = async (accounts: (typeof wanted)[number][]) => {
      const queue = [...accounts];
      const workers = Math.max(1, Math.min(availableParallelism(), 4));
      await Promise.all(
        Array.from({ length: workers }, async () => {
          for (let account = queue.shift(); account; account = queue.shift()) await register(account);
        }),
      );
    };
    await registerAll(wanted.filter((candidate) => candidate.unitId === null));
    const admin = actors.get('admin');
    if (!admin) throw new Error('no demo account admin');
    await seedUnits(runner, clock, admin);
    await registerAll(wanted.filter((candidate) => candidate.unitId !== null));
    return actors;
  }

  /** A store whose units are not the demo's belongs to someone: seeding into it would mix the two. */
  private async holdsOtherData(): Promise<boolean> {
    const demoUnits = new Set(DEMO_UNITS.map((unit) => `unit-${unit.id}`));
    const events = await this.store.readAll({ limit: 1000 });
    return events.some(
      (event) =>
        (event.type === 'UnitRegistered' && !demoUnits.has(event.streamId)) ||
        (event.type === 'TaskListDrafted' && !event.streamId.startsWith('tasklist-demo-')),
    );
  }

  private printAccounts(): void {
    this.logger.log('demo accounts (username / password):');
    for (const account of DEMO_ACCOUNTS) {
      this.logger.log(
        `  ${account.username.padEnd(16)} ${String(account.password).padEnd(20)} ${account.displayName} (${account.role})`,
      );
    }
  }
}
