import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPgliteEventStore } from '@duban/event-store';
import { loadConfig } from '../config/load-config.js';
import { createApp } from '../../create-app.js';
import { printApiSchema } from './print-schema.js';

const COMMITTED = new URL('../../../../../packages/graphql-schema/schema.graphql', import.meta.url);

describe('the committed GraphQL schema', () => {
  it('matches the schema the code builds (run `pnpm --filter @duban/api run schema:emit` after changing it)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'duban-sdl-'));
    const config = loadConfig(
      { DUBAN_DATA_DIR: dataDir, DUBAN_ADMIN_PASSWORD: 'Schema-Test-Pw-1' },
      { cwd: dataDir, webDistDir: null },
    );
    const app = await createApp(config, { store: createPgliteEventStore(), logger: false });
    try {
      await app.init();
      expect(printApiSchema(app)).toBe(await readFile(COMMITTED, 'utf8'));
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
    // Booting the whole app takes a while on a busy two-core machine.
  }, 180_000);
});
