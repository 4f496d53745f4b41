import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  createKurrentDbEventStore,
  createPgliteEventStore,
  createPostgresEventStore,
} from '@duban/event-store';
import type { EventStore } from '@duban/event-store';
import type { AppConfig } from '../config/app-config.js';
import { storeKindOf } from '../config/app-config.js';

/** Folder inside the data directory that holds the embedded event database. */
export const EMBEDDED_EVENTS_DIR = 'events';

/** Opens the adapter the configuration selects; the caller runs `init()` and later `close()`. */
export function createEventStore(config: AppConfig): EventStore {
  switch (storeKindOf(config)) {
    case 'kurrentdb':
      return createKurrentDbEventStore({ connectionString: config.kurrentDbUrl! });
    case 'postgres':
      return createPostgresEventStore({
        connectionString: config.databaseUrl!,
        ...(config.databaseSchema ? { schema: config.databaseSchema } : {}),
      });
    case 'pglite':
      // PGlite creates its own folder but not the ones above it: a first command (an import into a
      // fresh install, say) may come before anything else made the data directory.
      mkdirSync(config.dataDir, { recursive: true });
      return createPgliteEventStore({ dataDir: join(config.dataDir, EMBEDDED_EVENTS_DIR) });
  }
}
