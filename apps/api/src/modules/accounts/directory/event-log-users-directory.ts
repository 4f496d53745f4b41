import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { evolveUser, initialUserState, userStream } from '@duban/domain';
import type { UnitEvent, UserEvent, UserState } from '@duban/domain';
import type { EventStore, RecordedEvent, Subscription } from '@duban/event-store';
import { START } from '@duban/event-store';
import { Clock } from '../../../core/clock/clock.js';
import { APP_CONFIG } from '../../../core/config/config.token.js';
import type { AppConfig } from '../../../core/config/app-config.js';
import { EVENT_STORE } from '../../../core/event-store/event-store.token.js';
import { lockoutDecider } from '../lockout/lockout.decider.js';
import type { LockoutState } from '../lockout/lockout.decider.js';
import type { LockoutEvent } from '../lockout/lockout.events.js';
import { loginLockStream } from '../lockout/lockout.events.js';
import type { SessionEnded } from '../sessions/session.events.js';
import type { UserRecord } from './user-record.js';
import { UsersDirectory } from './users-directory.js';

const USER_STREAM_PREFIX = userStream('');
const USER_EVENTS = new Set<string>([
  'UserRegistered',
  'UserPasswordChanged',
  'UserRoleChanged',
  'UserDisabled',
  'UserEnabled',
]);
const UNIT_EVENTS = new Set<string>(['UnitRegistered', 'UnitRenamed']);
/** Changes after which no token or session issued before may be used. */
const REVOKING_EVENTS = new Set<string>(['UserPasswordChanged', 'UserRoleChanged', 'UserDisabled']);
const LOCK_STREAM_PREFIX = loginLockStream('');
const LOCK_EVENTS = new Set<string>(['UserLockedOut', 'UserUnlocked']);

interface Entry {
  state: UserState;
  /** Stream position of the last event folded in; an event at or below it is already counted. */
  version: number;
  tokenVersion: number;
}

interface LockEntry {
  state: LockoutState;
  version: number;
}

/** Keeps every account (and unit names, for display) in memory by following the whole event log. */
@Injectable()
export class EventLogUsersDirectory extends UsersDirectory implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('UsersDirectory');
  private readonly users = new Map<string, Entry>();
  private readonly byUsername = new Map<string, string>();
  private readonly unitNames = new Map<string, string>();
  private readonly locks = new Map<string, LockEntry>();
  /** Sessions ended within the access-token lifetime, by id: when they ended (ms). */
  private readonly endedSessions = new Map<string, number>();
  private subscription: Subscription | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    this.subscription = this.store.subscribe({
      after: START,
      onEvents: (events) => {
        for (const event of events) this.apply(event);
      },
      onError: (error) => this.logger.error(`following the event log failed: ${(error as Error).message}`),
    });
    await this.subscription.caughtUp;
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  findById(userId: string): UserRecord | undefined {
    const entry = this.users.get(userId);
    return entry ? this.record(entry) : undefined;
  }

  findByUsername(username: string): UserRecord | undefined {
    const userId = this.byUsername.get(username.trim().toLowerCase());
    return userId === undefined ? undefined : this.findById(userId);
  }

  list(): UserRecord[] {
    return [...this.users.values()]
      .map((entry) => this.record(entry))
      .filter((user): user is UserRecord => user !== undefined)
      .sort((a, b) => a.username.localeCompare(b.username));
  }

  unitName(unitId: string): string | undefined {
    return this.unitNames.get(unitId);
  }

  async refresh(userId: string): Promise<void> {
    const entry = this.users.get(userId);
    const events = await this.store.readStream(userStream(userId), {
      fromVersion: (entry?.version ?? -1) + 1,
    });
    const lockEvents = await this.store.readStream(loginLockStream(userId), {
      fromVersion: (this.locks.get(userId)?.version ?? -1) + 1,
    });
    for (const event of [...events, ...lockEvents]) this.apply(event);
  }

  isSessionEnded(sessionId: string): boolean {
    const endedAt = this.endedSessions.get(sessionId);
    return endedAt !== undefined;
  }

  noteSessionEnded(sessionId: string, endedAt: string): void {
    const at = Date.parse(endedAt);
    // An access token lives at most this long, so a session ended earlier than that has none left.
    const horizon = this.clock.now().getTime() - this.config.accessTokenTtlSeconds * 1000;
    if (at < horizon) return;
    this.endedSessions.set(sessionId, at);
    for (const [id, when] of this.endedSessions) {
      if (when >= horizon) break;
      this.endedSessions.delete(id);
    }
  }

  private apply(event: RecordedEvent): void {
    if (event.type === 'SessionEnded') {
      const ended = event.data as SessionEnded['data'];
      this.noteSessionEnded(ended.sessionId, ended.endedAt);
      return;
    }
    if (LOCK_EVENTS.has(event.type) && event.streamId.startsWith(LOCK_STREAM_PREFIX)) {
      const userId = event.streamId.slice(LOCK_STREAM_PREFIX.length);
      const lock = this.locks.get(userId) ?? { state: lockoutDecider.initialState(), version: -1 };
      if (event.streamPosition <= lock.version) return;
      const state = lockoutDecider.evolve(lock.state, { type: event.type, data: event.data } as LockoutEvent);
      this.locks.set(userId, { state, version: event.streamPosition });
      return;
    }
    if (UNIT_EVENTS.has(event.type)) {
      const unit = event as unknown as UnitEvent;
      if (unit.type === 'UnitRegistered') this.unitNames.set(unit.data.unitId, unit.data.name);
      if (unit.type === 'UnitRenamed') this.unitNames.set(unit.data.unitId, unit.data.newName);
      return;
    }
    if (!USER_EVENTS.has(event.type) || !event.streamId.startsWith(USER_STREAM_PREFIX)) return;
    const userId = event.streamId.slice(USER_STREAM_PREFIX.length);
    const entry = this.users.get(userId) ?? { state: initialUserState(), version: -1, tokenVersion: 0 };
    if (event.streamPosition <= entry.version) return;
    const state = evolveUser(entry.state, { type: event.type, data: event.data } as UserEvent);
    const tokenVersion = entry.tokenVersion + (REVOKING_EVENTS.has(event.type) ? 1 : 0);
    this.users.set(userId, { state, version: event.streamPosition, tokenVersion });
    if (state.status !== 'NONE') this.byUsername.set(state.username, userId);
  }

  private record({ state, tokenVersion }: Entry): UserRecord | undefined {
    if (state.status === 'NONE') return undefined;
    const lockedUntil = this.locks.get(state.userId)?.state.lockedUntil ?? null;
    return {
      id: state.userId,
      username: state.username,
      displayName: state.displayName,
      role: state.role,
      unitId: state.unitId,
      unitName: state.unitId ? (this.unitNames.get(state.unitId) ?? null) : null,
      disabled: state.status === 'DISABLED',
      passwordHash: state.passwordHash,
      tokenVersion,
      lockedUntil:
        lockedUntil !== null && Date.parse(lockedUntil) > this.clock.now().getTime()
          ? new Date(lockedUntil)
          : null,
    };
  }
}
