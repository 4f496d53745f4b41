import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPgliteEventStore } from '@duban/event-store';
import { loadConfig } from './core/config/load-config.js';
import { printApiSchema } from './core/graphql/print-schema.js';
import { createApp } from './create-app.js';

/** Where the committed SDL lives, from dist/ or src/ alike. */
const TARGET = new URL('../../../packages/graphql-schema/schema.graphql', import.meta.url);

// Boots the application on a throw-away in-memory store just to read its schema.
const dataDir = await mkdtemp(join(tmpdir(), 'duban-schema-'));
try {
  const config = loadConfig(
    { DUBAN_DATA_DIR: dataDir, DUBAN_SEED_DEMO: 'false' },
    { cwd: dataDir, webDistDir: null },
  );
  const app = await createApp(config, { store: createPgliteEventStore(), logger: ['error'] });
  await app.init();
  await writeFile(TARGET, printApiSchema(app));
  await app.close();
  console.log(`wrote ${TARGET.pathname}`);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
