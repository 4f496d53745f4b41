import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { parseDigestFile } from '@duban/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess, Deployment } from './support/api-process.js';
import { newDeployment, runCli, spawnApi } from './support/api-process.js';
import type { District } from './support/district.js';
import { M, setUpDistrict } from './support/district.js';
import type { FaultDatabase } from './support/fault-database.js';
import { canRunFaults, openFaultDatabase } from './support/fault-database.js';

const runnable = canRunFaults();
if (!runnable && process.env.CI)
  throw new Error('CI must give the fault suites PostgreSQL binaries or TEST_DATABASE_URL');

const HEALTH = '{ health { status logIntegrity } }';
const RECORD = 'mutation { recordLogDigest { recorded digest { sequence eventCount } } }';
const ACKNOWLEDGE = 'mutation($note: String!) { acknowledgeLogBreak(note: $note) { state } }';

describe.skipIf(!runnable)(
  'an API restarted on a log changed in the database while it was down (needs PostgreSQL binaries or TEST_DATABASE_URL)',
  () => {
    let db: FaultDatabase;
    let deployment: Deployment;
    let district: District;
    let keep: string;
    const processes: ApiProcess[] = [];
    const query = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows as T[];
      } finally {
        await client.end();
      }
    };
    const digestCount = async () =>
      Number(
        (
          await query<{ n: string }>(
            `select count(*) as n from "${deployment.schema}".events where stream_id = 'integrity-digests'`,
          )
        )[0]!.n,
      );
    const registerUnit = (api: ApiProcess, unitId: string) =>
      api.call(
        M.registerUnit,
        { input: { unitId, name: `单位${unitId}`, kind: 'DEPARTMENT' } },
        district.tokens.admin,
      );

    beforeAll(async () => {
      db = await openFaultDatabase();
      keep = await mkdtemp(join(tmpdir(), 'duban-faults-digests-'));
      // Every process of the deployment appends to one digest file, as a shipped copy would collect them.
      deployment = newDeployment(db.url, { DUBAN_DIGEST_FILE: join(keep, 'log-digests.jsonl') });
      const first = await spawnApi('first', deployment);
      processes.push(first);
      district = await setUpDistrict(first, 2, 2);
      await first.ok(RECORD, {}, district.tokens.admin);
      await first.stop();
    }, 240_000);

    afterAll(async () => {
      for (const api of processes) await api.stop();
      await rm(keep, { recursive: true, force: true });
      await db?.release(deployment.schema);
    });

    it('verifies the untouched log with its signed digests and the digest file', async () => {
      const file = parseDigestFile(await readFile(join(keep, 'log-digests.jsonl'), 'utf8'));
      expect(file.length).toBeGreaterThanOrEqual(2);
      const verified = await runCli(deployment, 'verify');
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
      expect(JSON.parse(verified.stdout.trim().split('\n')[0]!)).toMatchObject({
        ok: true,
        digestFileEntries: file.length,
      });
    });

    it('finds two events of different streams swapped in the global order, with every chain intact', async () => {
      const events = `"${deployment.schema}".events`;
      const rows = await query<{ stream_id: string; transaction_id: string; global_position: string }>(
        `select stream_id, transaction_id::text, global_position::text from ${events}
          where stream_id <> 'integrity-digests' order by transaction_id, global_position`,
      );
      const at = rows.findIndex((row, i) => i > 0 && row.stream_id !== rows[i - 1]!.stream_id);
      const [a, b] = [rows[at - 1]!, rows[at]!];
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        await client.query('begin');
        await client.query(`update ${events} set global_position = -1 where global_position = $1`, [
          a.global_position,
        ]);
        await client.query(
          `update ${events} set global_position = $1, transaction_id = $2::xid8 where global_position = $3`,
          [a.global_position, a.transaction_id, b.global_position],
        );
        await client.query(
          `update ${events} set global_position = $1, transaction_id = $2::xid8 where global_position = -1`,
          [b.global_position, b.transaction_id],
        );
        await client.query('commit');
      } finally {
        await client.end();
      }
      const verified = await runCli(deployment, 'verify');
      expect(verified.code).toBe(1);
      expect(verified.stdout).toMatch(/^BROKEN DIGEST_MISMATCH stream=integrity-digests .*order/m);
    });

    it('restarts refusing changes, recording no digest, and saying so in health and its log', async () => {
      const digests = await digestCount();
      const second = await spawnApi('second', deployment);
      processes.push(second);
      expect(await second.ok(HEALTH)).toEqual({ health: { status: 'ok', logIntegrity: 'broken' } });
      const refused = await registerUnit(second, 'unit-late');
      expect(refused.kind === 'answer' && refused.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_STATE',
        reason: 'LOG_INTEGRITY_BROKEN',
      });
      expect(second.output()).toContain('THE EVENT LOG FAILED ITS INTEGRITY CHECK');
      expect(await digestCount()).toBe(digests);

      await second.ok(ACKNOWLEDGE, { note: '全局顺序被改动，已核对备份' }, district.tokens.admin);
      const accepted = await registerUnit(second, 'unit-late');
      expect(accepted.kind === 'answer' && accepted.errors).toBeUndefined();
      expect(await digestCount()).toBe(digests + 1);
      await second.stop();

      const third = await spawnApi('third', deployment);
      processes.push(third);
      expect(await third.ok(HEALTH)).toEqual({ health: { status: 'ok', logIntegrity: 'ok' } });
    });
  },
);
