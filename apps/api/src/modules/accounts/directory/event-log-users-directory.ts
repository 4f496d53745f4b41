import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { evolveUser, initialUserState, userStream } from '@duban/domain';
import type { UnitEvent, UserEvent, UserState } from '@duban/domain';
import type { EventStore, RecordedEvent, Subscription } from '@duban/event-store';
import { START } from '@duban/event-store';
import { EVENT_STORE } from '../../../core/event-store/event-store.token.js';
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

interface Entry {
  state: UserState;
  /** Stream position of the last event folded in; an event at or below it is already counted. */
  version: number;
}

/** Keeps every account (and unit names, for display) in memory by following the whole event log. */
@Injectable()
export class EventLogUsersDirectory extends UsersDirectory implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('UsersDirectory');
  private readonly users = new Map<string, Entry>();
  private readonly byUsername = new Map<string, string>();
  private readonly unitNames = new Map<string, string>();
  private subscription: Subscription | null = null;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
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
    return entry ? this.record(entry.state) : undefined;
  }

  findByUsername(username: string): UserRecord | undefined {
    const userId = this.byUsername.get(username.trim().toLowerCase());
    return userId === undefined ? undefined : this.findById(userId);
  }

  list(): UserRecord[] {
    return [...this.users.values()]
      .map((entry) => this.record(entry.state))
      .filter((user): user is UserRecord => user !== undefined)
      .sort((a, b) => a.username.localeCompare(b.username));
  }

  async refresh(userId: string): Promise<void> {
    const entry = this.users.get(userId);
    const events = await this.store.readStream(userStream(userId), {
      fromVersion: (entry?.version ?? -1) + 1,
    });
    for (const event of events) this.apply(event);
  }

  private apply(event: RecordedEvent): void {
    if (UNIT_EVENTS.has(event.type)) {
      const unit = event as unknown as UnitEvent;
      if (unit.type === 'UnitRegistered') this.unitNames.set(unit.data.unitId, unit.data.name);
      if (unit.type === 'UnitRenamed') this.unitNames.set(unit.data.unitId, unit.data.newName);
      return;
    }
    if (!USER_EVENTS.has(event.type) || !event.streamId.startsWith(USER_STREAM_PREFIX)) return;
    const userId = event.streamId.slice(USER_STREAM_PREFIX.length);
    const entry = this.users.get(userId) ?? { state: initialUserState(), version: -1 };
    if (event.streamPosition <= entry.version) return;
    const state = evolveUser(entry.state, { type: event.type, data: event.data } as UserEvent);
    this.users.set(userId, { state, version: event.streamPosition });
    if (state.status !== 'NONE') this.byUsername.set(state.username, userId);
  }

  private record(state: UserState): UserRecord | undefined {
    if (state.status === 'NONE') return undefined;
    return {
      id: state.userId,
      username: state.username,
      displayName: state.displayName,
      role: state.role,
      unitId: state.unitId,
      unitName: state.unitId ? (this.unitNames.get(state.unitId) ?? null) : null,
      disabled: state.status === 'DISABLED',
      passwordHash: state.passwordHash,
    };
  }
}
