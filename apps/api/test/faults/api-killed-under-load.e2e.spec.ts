import { createPostgresEventStore, verifyLog } from '@duban/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess, Deployment } from './support/api-process.js';
import { newDeployment, runCli, spawnApi } from './support/api-process.js';
import { CommandLoad } from './support/command-load.js';
import type { District } from './support/district.js';
import { Q, setUpDistrict, waitForProjections } from './support/district.js';
import type { FaultDatabase } from './support/fault-database.js';
import { canRunFaults, openFaultDatabase } from './support/fault-database.js';
import { auditLog, dumpSchema, readStoredLog } from './support/log-audit.js';

const runnable = canRunFaults();
if (!runnable && process.env.CI)
  throw new Error('CI must give the fault suites PostgreSQL binaries or TEST_DATABASE_URL');

describe.skipIf(!runnable)(
  'the API process killed with SIGKILL in the middle of a load of commands (needs PostgreSQL binaries or TEST_DATABASE_URL)',
  () => {
    let db: FaultDatabase;
    let deployment: Deployment;
    let district: District;
    let first: ApiProcess;
    let second: ApiProcess | null = null;
    let target: ApiProcess | null = null;
    let load: CommandLoad;
    let killedAt = 0;

    beforeAll(async () => {
      db = await openFaultDatabase();
      deployment = newDeployment(db.url);
      first = await spawnApi('first', deployment);
      target = first;
      district = await setUpDistrict(first, 6, 12);
      load = new CommandLoad({ targets: () => (target ? [target] : []), district, urgeWorkers: 3 });

      load.start();
      await load.untilAcknowledged(150);
      killedAt = load.now();
      await first.kill();
      target = null;
      second = await spawnApi('second', deployment);
      target = second;
      await load.untilAcknowledged(60);
      await load.stop();
      await waitForProjections(second, district.tokens.admin!);
      const seconds = load.now() / 1000;
      const beforeKill = load.records.filter((r) => r.outcome === 'ok' && r.startedAt < killedAt).length;
      console.log(
        `before the kill: ${beforeKill} commands acknowledged in ${(killedAt / 1000).toFixed(1)} s ` +
          `(${((beforeKill * 1000) / killedAt).toFixed(0)}/s from ${district.units.length + 4} concurrent clients)`,
      );
      console.log(
        `load: ${load.records.length} commands in ${seconds.toFixed(1)} s, ${load.count()} acknowledged ` +
          `(${(load.count() / seconds).toFixed(0)}/s including the restart): ${load.summary()}`,
      );
    }, 240_000);

    afterAll(async () => {
      await load?.stop();
      await first?.stop();
      await second?.stop();
      await db?.release(deployment.schema);
    });

    it('was killed while commands were in flight, and served again after the restart', () => {
      const cutShort = load.records.filter((r) => r.instance === 'first' && r.outcome === 'network');
      expect(cutShort.length).toBeGreaterThan(0);
      expect(
        load.records.some((r) => r.instance === 'first' && r.outcome === 'ok' && r.startedAt < killedAt),
      ).toBe(true);
      expect(load.count('ok', killedAt)).toBeGreaterThanOrEqual(60);
      expect(load.count('INTERNAL')).toBe(0);
    });

    it('keeps every acknowledged command in the log exactly once, refused ones out, every stream whole', async () => {
      const findings = auditLog(load.records, await readStoredLog(db.url, deployment.schema));
      console.log(
        `audit: ${load.count()} acknowledged, unanswered at the kill: ${findings.unansweredButStored} stored, ` +
          `${findings.unansweredNotStored} not stored`,
      );
      expect(findings.lost).toEqual([]);
      expect(findings.duplicated).toEqual([]);
      expect(findings.refusedButStored).toEqual([]);
      expect(findings.brokenStreams).toEqual([]);
      expect(findings.halfIssuedLists).toEqual([]);
    });

    it('shows each task with the progress of the last report stored for its lead', async () => {
      const log = await readStoredLog(db.url, deployment.schema);
      const lastPercent = new Map<string, number>();
      for (const event of log.events) {
        if (event.type === 'TaskProgressReported' && event.data.unitRole === 'LEAD') {
          lastPercent.set(event.data.taskId, event.data.percent);
        }
      }
      expect(lastPercent.size).toBeGreaterThan(0);
      for (const [taskId, percent] of lastPercent) {
        const { task } = await second!.ok(Q.task, { id: taskId }, district.tokens.admin);
        const lead = task.units.find((u: { role: string }) => u.role === 'LEAD');
        expect({ taskId, percent: lead.percent }).toEqual({ taskId, percent });
      }
    });

    it('has projected exactly what a rebuild from the log yields, and a hash chain that verifies', async () => {
      const readSchema = `${deployment.schema}_read`;
      const status = await waitForProjections(second!, district.tokens.admin!);
      const live = await dumpSchema(db.url, readSchema);
      const rebuilt = await runCli(deployment, 'rebuild-projections');
      expect(rebuilt.code, rebuilt.stderr).toBe(0);
      const result = JSON.parse(rebuilt.stdout.trim().split('\n').pop()!) as {
        events: number;
        checkpoint: string;
      };
      expect(status.every((p) => p.checkpoint === result.checkpoint)).toBe(true);
      expect(Object.keys(live).length).toBeGreaterThan(0);
      expect(await dumpSchema(db.url, readSchema)).toEqual(live);

      const store = createPostgresEventStore({
        connectionString: db.url,
        schema: deployment.schema,
        poolSize: 2,
      });
      try {
        const verification = await verifyLog(store);
        expect(verification.breaks).toEqual([]);
        expect(verification.events).toBe(result.events);
      } finally {
        await store.close();
      }
    }, 120_000);
  },
);
