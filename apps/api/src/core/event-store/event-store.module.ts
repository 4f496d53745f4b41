import {
  DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { EventStore } from '@duban/event-store';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/app-config.js';
import { CommandRunner } from './command-runner.js';
import { createEventStore } from './create-event-store.js';
import { EVENT_STORE } from './event-store.token.js';
import { LogWriteGate } from './log-write-gate.js';

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  private readonly logger = new Logger('EventStore');
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    try {
      await this.store.close();
    } catch (error) {
      this.logger.error(`closing the ${this.store.kind} store failed`, error as Error);
    }
  }
}

export interface EventStoreModuleOptions {
  /** A store opened by the caller (tests); otherwise the configured adapter is opened. */
  store?: EventStore;
}

/** Provides the configured event store under `EVENT_STORE`, migrated at start and closed on shutdown. */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreModuleOptions = {}): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig): Promise<EventStore> => {
            const store = options.store ?? createEventStore(config);
            await store.init();
            return store;
          },
        },
        EventStoreCloser,
        CommandRunner,
        LogWriteGate,
      ],
      exports: [EVENT_STORE, CommandRunner, LogWriteGate],
    };
  }
}
