import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess, CallOutcome, Deployment } from './support/api-process.js';
import { newDeployment, spawnApi } from './support/api-process.js';
import type { CommandRecord } from './support/command-load.js';
import { CommandLoad } from './support/command-load.js';
import type { District } from './support/district.js';
import { M, Q, setUpDistrict, waitForProjections } from './support/district.js';
import type { FaultDatabase } from './support/fault-database.js';
import { canRestartPostgres, openFaultDatabase } from './support/fault-database.js';
import type { LiveSubscription } from './support/live-subscription.js';
import { openSubscription } from './support/live-subscription.js';
import { auditLog, readStoredLog } from './support/log-audit.js';

const runnable = canRestartPostgres();
if (!runnable && process.env.CI) throw new Error('CI must give the fault suites PostgreSQL server binaries');

/** The longest a request may take while the database is down: an answer, not a hang. */
const ANSWER_BOUND_MS = 10_000;
/** How long the database stays down in each outage. */
const OUTAGE_MS = 3_000;

const PROGRESS_CHANGED = 'subscription($id: ID!) { progressChanged(taskListId: $id) { taskListId at } }';

const codeOf = (outcome: CallOutcome): string =>
  outcome.kind !== 'answer' ? outcome.kind : (outcome.errors?.[0]?.extensions?.code ?? 'ok');

interface Outage {
  mode: 'fast' | 'immediate';
  downAt: number;
  restartIssuedAt: number;
  upAt: number;
  /** Direct requests sent while the database was down: a query, a mutation, a login. */
  probes: Array<{ what: string; code: string; ms: number; reason: unknown }>;
  /** From the database being back to the next acknowledged command. */
  recoveredMs: number;
}

describe.skipIf(!runnable)(
  'PostgreSQL stopped and crashed under a load of commands (needs PostgreSQL server binaries)',
  () => {
    let db: FaultDatabase;
    let deployment: Deployment;
    let district: District;
    let api: ApiProcess;
    let load: CommandLoad;
    let subscription: LiveSubscription;
    const outages: Outage[] = [];

    /** Stops the server for OUTAGE_MS while the load runs and probes it, then starts it again. */
    const outage = async (mode: 'fast' | 'immediate'): Promise<void> => {
      await db.server!.stop(mode);
      const downAt = load.now();
      const task = district.tasks[0]!;
      const probes: Outage['probes'] = [];
      const probe = async (what: string, run: () => Promise<CallOutcome>) => {
        const outcome = await run();
        const reason = outcome.kind === 'answer' ? outcome.errors?.[0]?.extensions?.reason : outcome.kind;
        probes.push({ what, code: codeOf(outcome), ms: outcome.ms, reason });
      };
      const until = Date.now() + OUTAGE_MS;
      while (Date.now() < until) {
        await Promise.all([
          probe('task query', () =>
            api.call(Q.task, { id: task.taskId }, district.tokens.admin, ANSWER_BOUND_MS * 2),
          ),
          probe('urge mutation', () =>
            api.call(
              M.urgeTask,
              { input: { taskId: task.taskId, message: '停机期间催办' } },
              district.tokens.office,
              ANSWER_BOUND_MS * 2,
            ),
          ),
          probe('projection status', () =>
            api.call(Q.projectionStatus, {}, district.tokens.admin, ANSWER_BOUND_MS * 2),
          ),
        ]);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      // The server accepts connections a little before pg_ctl returns, so "down" ends when the start is
      // issued: a command answered after that may have reached the database and is not judged here.
      const restartIssuedAt = load.now();
      await db.server!.start();
      const upAt = load.now();
      const before = load.count();
      await load.untilAcknowledged(30, 90_000);
      const firstOk = load.records.find((r) => r.outcome === 'ok' && r.startedAt >= upAt);
      outages.push({
        mode,
        downAt,
        restartIssuedAt,
        upAt,
        probes,
        recoveredMs: (firstOk ? firstOk.startedAt + firstOk.ms : load.now()) - upAt,
      });
      expect(load.count()).toBeGreaterThan(before);
    };

    beforeAll(async () => {
      db = await openFaultDatabase();
      deployment = newDeployment(db.url);
      api = await spawnApi('api', deployment);
      district = await setUpDistrict(api, 4, 8);
      subscription = openSubscription(
        api,
        PROGRESS_CHANGED,
        { id: district.tasks[0]!.listId },
        district.tokens.admin!,
      );
      load = new CommandLoad({
        targets: () => [api],
        district,
        urgeWorkers: 2,
        timeoutMs: ANSWER_BOUND_MS * 2,
      });
      load.start();
      try {
        await load.untilAcknowledged(60);
        await outage('fast');
        await outage('immediate');
      } catch (error) {
        // The API’s own words say why it stopped answering (a crash shows as `network` outcomes).
        throw new Error(`${(error as Error).message}\n--- API output ---\n${api.output().slice(-6000)}`);
      } finally {
        await load.stop();
      }
      await waitForProjections(api, district.tokens.admin!);
      for (const o of outages) {
        const during = recordsDuring(o);
        console.log(
          `outage (${o.mode}): ${during.length} load commands and ${o.probes.length} probes while down, ` +
            `codes ${JSON.stringify(tally([...during.map((r) => r.outcome), ...o.probes.map((p) => p.code)]))}, ` +
            `slowest answer ${Math.round(Math.max(...during.map((r) => r.ms), ...o.probes.map((p) => p.ms)))} ms, ` +
            `first acknowledged command ${Math.round(o.recoveredMs)} ms after the database was back`,
        );
      }
      console.log(`load: ${load.records.length} commands, ${load.summary()}`);
    }, 240_000);

    afterAll(async () => {
      await load?.stop();
      await subscription?.close();
      await api?.stop();
      await db?.release(deployment.schema);
    });

    const recordsDuring = (o: Outage): CommandRecord[] =>
      load.records.filter((r) => r.startedAt >= o.downAt && r.startedAt + r.ms <= o.restartIssuedAt);
    const tally = (codes: string[]) =>
      codes.reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});

    it('answers every request while the database is down with UNAVAILABLE, within a bounded time', () => {
      for (const o of outages) {
        const during = recordsDuring(o);
        expect(during.length + o.probes.length).toBeGreaterThan(0);
        for (const probe of o.probes) {
          expect(probe).toMatchObject({ code: 'UNAVAILABLE', reason: 'STORE_UNAVAILABLE' });
          expect(probe.ms).toBeLessThan(ANSWER_BOUND_MS);
        }
        for (const record of during) {
          expect(record.outcome).toBe('UNAVAILABLE');
          expect(record.ms).toBeLessThan(ANSWER_BOUND_MS);
        }
      }
    });

    it('never answers INTERNAL or leaves a request hanging, before, during or after the outages', () => {
      expect(load.count('INTERNAL')).toBe(0);
      expect(load.count('timeout')).toBe(0);
      expect(load.count('network')).toBe(0);
    });

    it('recovers by itself once the database is back: commands succeed and the process never died', async () => {
      for (const o of outages) expect(o.recoveredMs).toBeLessThan(30_000);
      const after = outages.at(-1)!.upAt;
      expect(load.count('ok', after)).toBeGreaterThanOrEqual(30);
      const health = await api.ok(Q.health, {});
      expect(health).toEqual({ health: { status: 'ok' } });
    });

    it('resumes the projector: every projection active and caught up, and new commands show at once', async () => {
      const status = await waitForProjections(api, district.tokens.admin!);
      expect(status.every((p) => p.active && p.lagEvents === 0)).toBe(true);
      const task = district.tasks[1]!;
      const { urgeTask } = await api.ok(
        M.urgeTask,
        { input: { taskId: task.taskId, message: '恢复后催办' } },
        district.tokens.office,
      );
      expect(urgeTask.id).toBe(task.taskId);
      const { task: seen } = await api.ok(Q.task, { id: task.taskId }, district.tokens.admin);
      expect(seen.urges.map((u: { message: string }) => u.message)).toContain('恢复后催办');
    });

    it('keeps live subscriptions open and feeds them again, and listens for other instances again', async () => {
      expect(subscription.ended).toBeNull();
      const after = outages.at(-1)!.upAt;
      const origin = performance.now() - load.now();
      expect(subscription.messages.some((m) => m.at - origin > after && !m.errors)).toBe(true);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where query ilike 'listen %' and datname = current_database()`,
        );
        expect(rows[0]!.n).toBeGreaterThanOrEqual(1);
      } finally {
        await client.end();
      }
    });

    it('loses no acknowledged command across both outages', async () => {
      const findings = auditLog(load.records, await readStoredLog(db.url, deployment.schema));
      expect(findings.lost).toEqual([]);
      expect(findings.duplicated).toEqual([]);
      expect(findings.refusedButStored).toEqual([]);
      expect(findings.brokenStreams).toEqual([]);
      expect(findings.halfIssuedLists).toEqual([]);
    });
  },
);
