import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const MAIN = new URL('../dist/main.js', import.meta.url).pathname;
const GOOD_SECRET = 'q7Lr2vXw9PzK4mTn8sBc3YhJ6dFg1aEe';
// Nothing listens here: the configuration is refused before any connection is tried.
const SERVER = {
  DUBAN_MODE: 'server',
  DATABASE_URL: 'postgres://duban@127.0.0.1:9/duban',
  DUBAN_DIGEST_KEY_FILE: '/etc/duban/digest-key.pem',
  PORT: '0',
};

/** Runs the built server with exactly this environment until it exits by itself (or 20 s pass). */
const runMain = (env: Record<string, string>) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });

describe('server mode refuses to start with credentials anyone could know', () => {
  const refusals: Array<[string, Record<string, string>, string]> = [
    ['no signing secret', {}, 'DUBAN_JWT_SECRET is required in server mode'],
    [
      'no digest signing key',
      { DUBAN_JWT_SECRET: GOOD_SECRET, DUBAN_DIGEST_KEY_FILE: '' },
      'DUBAN_DIGEST_KEY_FILE is required in server mode',
    ],
    [
      'a short signing secret',
      { DUBAN_JWT_SECRET: 'k3y-short' },
      'DUBAN_JWT_SECRET must be at least 32 characters long',
    ],
    [
      'a signing secret copied from an example',
      { DUBAN_JWT_SECRET: 'please-change-me-to-a-long-random-secret' },
      'DUBAN_JWT_SECRET is a well-known or repetitive value',
    ],
    [
      'a placeholder signing secret',
      { DUBAN_JWT_SECRET: 'replace-me-with-32-random-characters-xyz' },
      'DUBAN_JWT_SECRET is a well-known or repetitive value',
    ],
    [
      'a default-looking administrator password',
      { DUBAN_JWT_SECRET: GOOD_SECRET, DUBAN_ADMIN_PASSWORD: 'Admin@123456' },
      'DUBAN_ADMIN_PASSWORD is too weak: it must have not a commonly used password',
    ],
    [
      'the administrator name as its password',
      {
        DUBAN_JWT_SECRET: GOOD_SECRET,
        DUBAN_ADMIN_USERNAME: 'Chief-Admin-7',
        DUBAN_ADMIN_PASSWORD: 'chief-admin-7',
      },
      'not the same as the username',
    ],
  ];
  for (const [what, env, line] of refusals) {
    it(`exits with status 2 and says why on ${what}`, async () => {
      const { code, stderr } = await runMain({ ...SERVER, ...env });
      expect(code).toBe(2);
      expect(stderr).toContain('Invalid configuration:');
      expect(stderr).toContain(line);
    });
  }
});

describe('a start with several bad settings', () => {
  it('exits with status 2 and names every bad value on its own line, the timers of the modules included', async () => {
    const { code, stderr } = await runMain({
      ...SERVER,
      DUBAN_JWT_SECRET: GOOD_SECRET,
      DUBAN_YELLOW_DAYS: 'soon',
      DUBAN_URGE_INTERVAL_MS: '1m',
      DUBAN_REMIND_DAYS_BEFORE: '-1',
      DUBAN_DIGEST_INTERVAL_MS: '10',
    });
    expect(code).toBe(2);
    const lines = stderr.split('\n').filter((line) => line.startsWith('  - '));
    expect(lines).toEqual([
      expect.stringMatching(/^ {2}- DUBAN_YELLOW_DAYS must be a whole number/),
      expect.stringMatching(/^ {2}- DUBAN_URGE_INTERVAL_MS must be a whole number/),
      expect.stringMatching(/^ {2}- DUBAN_REMIND_DAYS_BEFORE must be a whole number/),
      expect.stringMatching(/^ {2}- DUBAN_DIGEST_INTERVAL_MS must be 0 \(off\)/),
    ]);
  });
});
