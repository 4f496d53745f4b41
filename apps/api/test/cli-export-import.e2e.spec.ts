import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteEventStore } from '@duban/event-store';

const run = promisify(execFile);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'duban-cli-'));
  dirs.push(dir);
  return dir;
};
const envFor = (dataDir: string) => ({ ...process.env, DUBAN_MODE: 'embedded', DUBAN_DATA_DIR: dataDir });

afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the export and import commands of the CLI', () => {
  it('move a log from one embedded store to another with identical streams', async () => {
    const source = tempDir();
    const store = createPgliteEventStore({ dataDir: join(source, 'events') });
    await store.init();
    const actor = { userId: 'u-1', role: 'DISTRICT_OFFICE', unitId: null };
    for (let i = 0; i < 5; i++) {
      await store.append(
        `task-${i}`,
        [
          { id: crypto.randomUUID(), type: 'TaskDrafted', data: { n: i }, metadata: { actor } },
          { id: crypto.randomUUID(), type: 'TaskAssigned', data: { n: i }, metadata: { actor } },
        ],
        'no_stream',
      );
    }
    const before = await store.readAll();
    await store.close();

    const file = join(tempDir(), 'log.jsonl');
    await run('node', [cli, 'export', file], { env: envFor(source) });
    const exported = readFileSync(file, 'utf8');
    for (const event of before) expect(exported).toContain(event.id);

    // A fresh install: its data directory does not exist yet.
    const target = join(tempDir(), 'fresh', 'install');
    await run('node', [cli, 'import', file], { env: envFor(target) });
    const copy = createPgliteEventStore({ dataDir: join(target, 'events') });
    await copy.init();
    const after = await copy.readAll();
    await copy.close();
    const shape = (e: (typeof before)[number]) => [
      e.id,
      e.streamId,
      e.streamPosition,
      e.type,
      e.data,
      e.recordedAt,
    ];
    expect(after.map(shape)).toEqual(before.map(shape));
  });

  it('refuses to import into a store that already holds events, and changes nothing', async () => {
    const dir = tempDir();
    const store = createPgliteEventStore({ dataDir: join(dir, 'events') });
    await store.init();
    const actor = { userId: 'u-1', role: 'DISTRICT_OFFICE', unitId: null };
    await store.append(
      'unit-1',
      [{ id: crypto.randomUUID(), type: 'UnitRegistered', data: {}, metadata: { actor } }],
      'any',
    );
    const exported = join(dir, 'self.jsonl');
    await store.close();
    await run('node', [cli, 'export', exported], { env: envFor(dir) });

    const failure = await run('node', [cli, 'import', exported], { env: envFor(dir) }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/STORE_NOT_EMPTY|not empty/i);
    const reopened = createPgliteEventStore({ dataDir: join(dir, 'events') });
    await reopened.init();
    expect(await reopened.readAll()).toHaveLength(1);
    await reopened.close();
  });
});
