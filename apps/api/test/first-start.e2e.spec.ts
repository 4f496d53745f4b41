import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestApp } from './support/start-test-app.js';

describe('first start', () => {
  it('creates the first administrator once, with a generated password kept in the data directory', async () => {
    const app = await startTestApp({ env: { DUBAN_ADMIN_USERNAME: 'root', DUBAN_ADMIN_PASSWORD: '' } });
    try {
      const [username, password] = (
        await readFile(join(app.config.dataDir, 'initial-admin-password'), 'utf8')
      ).split('\n');
      expect(username).toBe('root');
      expect(password!.length).toBeGreaterThanOrEqual(16);
      const session = await app.login('root', password!);
      expect(session.user.role).toBe('SYSTEM_ADMIN');
      const registered = (await app.store.readAll()).filter((e) => e.type === 'UserRegistered');
      expect(registered).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
