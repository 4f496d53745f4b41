import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess, Deployment } from './support/api-process.js';
import { newDeployment, spawnApi } from './support/api-process.js';
import { CommandLoad } from './support/command-load.js';
import type { District } from './support/district.js';
import { M, Q, setUpDistrict, waitForProjections } from './support/district.js';
import type { FaultDatabase } from './support/fault-database.js';
import { canRunFaults, openFaultDatabase } from './support/fault-database.js';
import { auditLog, dumpSchema, readStoredLog } from './support/log-audit.js';

const runnable = canRunFaults();
if (!runnable && process.env.CI)
  throw new Error('CI must give the fault suites PostgreSQL binaries or TEST_DATABASE_URL');

/** What an instance logs when it takes a projection's lock. */
const TAKES_OVER = /projection (\S+): this instance is now its projector/g;
const projectionsRunBy = (api: ApiProcess): string[] =>
  [...api.output().matchAll(TAKES_OVER)].map((m) => m[1]!).sort();

describe.skipIf(!runnable)(
  'two API instances on one PostgreSQL, the one running the projections killed with SIGKILL (needs PostgreSQL binaries or TEST_DATABASE_URL)',
  () => {
    let db: FaultDatabase;
    let deployment: Deployment;
    let district: District;
    let first: ApiProcess;
    let second: ApiProcess;
    let targets: ApiProcess[] = [];
    let load: CommandLoad;
    let killedAt = 0;
    let ranBeforeKill: string[] = [];
    let secondRanBeforeKill: string[] = [];
    let takeoverMs = 0;

    beforeAll(async () => {
      db = await openFaultDatabase();
      deployment = newDeployment(db.url);
      first = await spawnApi('first', deployment);
      second = await spawnApi('second', deployment);
      district = await setUpDistrict(first, 4, 8);
      ranBeforeKill = projectionsRunBy(first);
      targets = [first, second];
      load = new CommandLoad({ targets: () => targets, district, urgeWorkers: 3 });
      load.start();
      try {
        await load.untilAcknowledged(100);
        secondRanBeforeKill = projectionsRunBy(second);
        killedAt = load.now();
        await first.kill();
        // The load balancer notices a dead instance after its own failed requests; the test just drops it.
        await new Promise((resolve) => setTimeout(resolve, 300));
        targets = [second];
        const deadline = Date.now() + 60_000;
        while (projectionsRunBy(second).length < ranBeforeKill.length && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        takeoverMs = load.now() - killedAt;
        await load.untilAcknowledged(100);
      } catch (error) {
        throw new Error(
          `${(error as Error).message}\n--- second instance ---\n${second.output().slice(-6000)}`,
        );
      } finally {
        await load.stop();
      }
      const after = load.records.filter((r) => r.startedAt > killedAt);
      const seconds = (load.now() - killedAt) / 1000;
      console.log(
        `load: ${load.records.length} commands, ${load.summary()}; after the kill ${after.length} commands in ` +
          `${seconds.toFixed(1)} s, ${load.count('ok', killedAt)} acknowledged by the survivor; ` +
          `projections taken over ${Math.round(takeoverMs)} ms after the kill`,
      );
    }, 240_000);

    afterAll(async () => {
      await load?.stop();
      await first?.stop();
      await second?.stop();
      await db?.release(deployment.schema);
    });

    it('ran every projection in the first instance only until the kill, then in the second', () => {
      expect(ranBeforeKill.length).toBeGreaterThan(0);
      expect(secondRanBeforeKill).toEqual([]);
      expect(projectionsRunBy(second)).toEqual(ranBeforeKill);
    });

    it('keeps serving commands on the surviving instance while and after the other dies', () => {
      const afterKill = load.records.filter((r) => r.startedAt > killedAt && r.instance === 'second');
      expect(afterKill.filter((r) => r.outcome === 'ok').length).toBeGreaterThanOrEqual(100);
      expect(afterKill.filter((r) => !['ok', 'CONFLICT'].includes(r.outcome))).toEqual([]);
      expect(load.count('INTERNAL')).toBe(0);
    });

    it('takes the projections over in the survivor: active, caught up, and new events projected', async () => {
      expect(takeoverMs).toBeLessThan(30_000);
      const status = await waitForProjections(second, district.tokens.admin!);
      expect(status.map((p) => p.name).sort()).toEqual(ranBeforeKill);
      const task = district.tasks[2]!;
      const { urgeTask } = await second.ok(
        M.urgeTask,
        { input: { taskId: task.taskId, message: '接管后催办' } },
        district.tokens.office,
      );
      expect(urgeTask.id).toBe(task.taskId);
      const { task: seen } = await second.ok(Q.task, { id: task.taskId }, district.tokens.admin);
      expect(seen.urges.map((u: { message: string }) => u.message)).toContain('接管后催办');
    });

    it('loses no acknowledged command, and the read model equals a rebuild from the log', async () => {
      const findings = auditLog(load.records, await readStoredLog(db.url, deployment.schema));
      expect(findings.lost).toEqual([]);
      expect(findings.duplicated).toEqual([]);
      expect(findings.refusedButStored).toEqual([]);
      expect(findings.brokenStreams).toEqual([]);
      expect(findings.halfIssuedLists).toEqual([]);

      await waitForProjections(second, district.tokens.admin!);
      const readSchema = `${deployment.schema}_read`;
      const live = await dumpSchema(db.url, readSchema);
      const rebuilt = await second.ok(M.rebuildProjections, {}, district.tokens.admin);
      expect(rebuilt.rebuildProjections.events).toBeGreaterThan(0);
      expect(await dumpSchema(db.url, readSchema)).toEqual(live);
    }, 120_000);
  },
);
