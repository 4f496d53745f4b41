import { randomBytes } from 'node:crypto';
import type { ApiProcess, CallOutcome } from './api-process.js';
import type { District, TaskRef } from './district.js';
import { M, addTaskInput } from './district.js';

export type Op = 'report' | 'urge' | 'acknowledge' | 'draftList' | 'addTask' | 'issueList';

/**
 * One command the load sent and what came back: `ok` (an answer with data and no error: the
 * client was told it happened), the answer's error code, or `network`/`timeout` (no answer: the
 * command may or may not have happened).
 */
export interface CommandRecord {
  op: Op;
  /** Unique text carried in the command (narrative, message, title) to find its event again. */
  tag: string;
  taskId?: string;
  listId?: string;
  unitId?: string;
  /** For addTask/issueList: the tasks the answer named. */
  taskIds?: string[];
  instance: string;
  outcome: string;
  startedAt: number;
  ms: number;
}

export interface LoadOptions {
  /** The instances to send to; worker i uses targets()[i % n], read again before every command. */
  targets: () => ApiProcess[];
  district: District;
  /** Concurrent office workers sending urges. */
  urgeWorkers?: number;
  /** Whether one worker drafts, fills and issues new lists and acknowledges their tasks. */
  listWorker?: boolean;
  /** Per-request bound: an answer slower than this is a `timeout`. */
  timeoutMs?: number;
  /** Pause after a command that got no answer (a dead instance refuses at once). */
  backoffMs?: number;
}

const codeOf = (outcome: CallOutcome): string => {
  if (outcome.kind !== 'answer') return outcome.kind;
  if (outcome.errors?.length) return outcome.errors[0]?.extensions?.code ?? 'NO_CODE';
  return outcome.data ? 'ok' : 'NO_DATA';
};

/**
 * Many clients at once: every unit's officer reports progress on the tasks it leads (one writer per
 * task, so percentages only rise), office workers urge random tasks (and so collide with the reports
 * on the same streams), and a list worker drafts, fills and issues lists and acknowledges their
 * tasks. Every command and its outcome is recorded.
 */
export class CommandLoad {
  readonly records: CommandRecord[] = [];
  private running = false;
  private workers: Promise<void>[] = [];
  private seq = 0;
  private readonly origin = performance.now();
  private readonly openTasks: TaskRef[];
  private readonly percent = new Map<string, number>();

  constructor(private readonly options: LoadOptions) {
    this.openTasks = [...options.district.tasks];
    // The setup's leads have acknowledged: their tasks are in progress and take reports.
    for (const task of options.district.tasks) this.percent.set(task.taskId, 0);
  }

  start(): void {
    this.running = true;
    const { district } = this.options;
    let index = 0;
    for (const unit of district.units) this.workers.push(this.reportWorker(index++, unit));
    for (let i = 0; i < (this.options.urgeWorkers ?? 2); i++) this.workers.push(this.urgeWorker(index++));
    if (this.options.listWorker ?? true) this.workers.push(this.listWorker(index++));
  }

  /** Lets every worker finish the command it is sending, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
    this.workers = [];
  }

  get isRunning(): boolean {
    return this.running;
  }

  count(outcome = 'ok', since = 0): number {
    return this.records.filter((r) => r.outcome === outcome && r.startedAt >= since).length;
  }

  /** Milliseconds since the load was created, the clock of `startedAt`. */
  now(): number {
    return performance.now() - this.origin;
  }

  /** Resolves once `n` more commands have been acknowledged (or rejects after `timeoutMs`). */
  async untilAcknowledged(n: number, timeoutMs = 60_000): Promise<void> {
    const target = this.count() + n;
    const deadline = Date.now() + timeoutMs;
    while (this.count() < target) {
      if (Date.now() > deadline) {
        throw new Error(`only ${this.count()} of ${target} commands acknowledged: ${this.summary()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  summary(): string {
    const counts = new Map<string, number>();
    for (const r of this.records) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
    return [...counts].map(([k, v]) => `${k}=${v}`).join(' ');
  }

  private tag(op: Op): string {
    return `${op}-${++this.seq}-${randomBytes(4).toString('hex')}`;
  }

  private target(index: number): ApiProcess | null {
    const targets = this.options.targets();
    return targets.length === 0 ? null : targets[index % targets.length]!;
  }

  private async send(
    index: number,
    record: Omit<CommandRecord, 'instance' | 'outcome' | 'startedAt' | 'ms'>,
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ): Promise<{ record: CommandRecord; data: any }> {
    const api = this.target(index);
    const startedAt = this.now();
    if (!api) {
      await this.pause(50);
      const skipped = { ...record, instance: 'none', outcome: 'network', startedAt, ms: 0 };
      return { record: skipped, data: null };
    }
    const outcome = await api.call(query, variables, token, this.options.timeoutMs ?? 30_000);
    const full: CommandRecord = {
      ...record,
      instance: api.name,
      outcome: codeOf(outcome),
      startedAt,
      ms: outcome.ms,
    };
    this.records.push(full);
    if (outcome.kind !== 'answer') await this.pause(this.options.backoffMs ?? 100);
    return { record: full, data: outcome.kind === 'answer' ? outcome.data : null };
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  private async reportWorker(index: number, unitId: string): Promise<void> {
    const token = this.options.district.tokens[unitId]!;
    let turn = 0;
    while (this.running) {
      const mine = this.openTasks.filter((t) => t.lead === unitId && this.percent.has(t.taskId));
      const task = mine[turn++ % Math.max(1, mine.length)];
      if (!task) {
        await this.pause(50);
        continue;
      }
      const percent = Math.min(100, (this.percent.get(task.taskId) ?? 0) + 1);
      this.percent.set(task.taskId, percent);
      const tag = this.tag('report');
      await this.send(
        index,
        { op: 'report', tag, taskId: task.taskId, unitId },
        M.reportTaskProgress,
        { input: { taskId: task.taskId, percent, narrative: `本期进展 ${tag}` } },
        token,
      );
    }
  }

  private async urgeWorker(index: number): Promise<void> {
    const token = this.options.district.tokens.office!;
    while (this.running) {
      const task = this.openTasks[Math.floor(Math.random() * this.openTasks.length)]!;
      const tag = this.tag('urge');
      await this.send(
        index,
        { op: 'urge', tag, taskId: task.taskId },
        M.urgeTask,
        { input: { taskId: task.taskId, message: `请加快进度 ${tag}` } },
        token,
      );
    }
  }

  /** Lists of three tasks: draft, add, issue, then every lead and cooperating unit acknowledges. */
  private async listWorker(index: number): Promise<void> {
    const { district } = this.options;
    const office = district.tokens.office!;
    // The setup's tasks still wait for their cooperating units.
    const toAcknowledge: Array<[TaskRef, string]> = this.openTasks.map((t) => [t, t.cooperating]);
    let n = 0;
    while (this.running) {
      const pending = toAcknowledge.shift();
      if (pending) {
        const [task, unitId] = pending;
        const { record } = await this.send(
          index,
          { op: 'acknowledge', tag: this.tag('acknowledge'), taskId: task.taskId, unitId },
          M.acknowledgeTask,
          { taskId: task.taskId },
          district.tokens[unitId]!,
        );
        if (record.outcome === 'ok' && unitId === task.lead) this.percent.set(task.taskId, 0);
        continue;
      }
      const tag = this.tag('draftList');
      const draft = await this.send(
        index,
        { op: 'draftList', tag },
        M.draftTaskList,
        {
          input: {
            year: 2030,
            title: `清单 ${tag}`,
            documentNumber: `昌法办〔2030〕${++n}号`,
            areas: ['行政执法'],
          },
        },
        office,
      );
      const listId = draft.data?.draftTaskList?.id as string | undefined;
      if (!listId) continue;
      draft.record.listId = listId;
      const tasks: TaskRef[] = [];
      for (let i = 0; i < 3 && this.running; i++) {
        const lead = district.units[(n + i) % district.units.length]!;
        const cooperating = district.units[(n + i + 1) % district.units.length]!;
        const addTag = this.tag('addTask');
        const added = await this.send(
          index,
          { op: 'addTask', tag: addTag, listId, unitId: lead },
          M.addTask,
          { input: addTaskInput(listId, lead, cooperating, addTag) },
          office,
        );
        const taskId = added.data?.addTask?.id as string | undefined;
        if (!taskId) break;
        added.record.taskId = taskId;
        tasks.push({ taskId, listId, lead, cooperating });
      }
      if (tasks.length < 3 || !this.running) continue;
      const issued = await this.send(
        index,
        { op: 'issueList', tag: this.tag('issueList'), listId, taskIds: tasks.map((t) => t.taskId) },
        M.issueTaskList,
        { listId },
        office,
      );
      if (issued.record.outcome !== 'ok') continue;
      this.openTasks.push(...tasks);
      for (const task of tasks) toAcknowledge.push([task, task.lead], [task, task.cooperating]);
    }
  }
}
