import { SYSTEM_ACTOR, taskDecider, taskStream } from '@duban/domain';
import type { Actor, EvidenceRef, TaskCommand } from '@duban/domain';
import { CommandRunner } from '../../core/event-store/command-runner.js';
import { automaticUrgeIdempotencyKey } from '../../core/process-manager/tasks/task-urging.service.js';
import { RegisterUnitHandler } from '../units/commands/register-unit/register-unit.handler.js';
import { RegisterUnitCommand } from '../units/commands/register-unit/register-unit.command.js';
import { AddTaskCommand } from '../tasks/commands/add-task/add-task.command.js';
import { AddTaskHandler } from '../tasks/commands/add-task/add-task.handler.js';
import { DraftTaskListCommand } from '../tasks/commands/draft-task-list/draft-task-list.command.js';
import { DraftTaskListHandler } from '../tasks/commands/draft-task-list/draft-task-list.handler.js';
import { IssueTaskListCommand } from '../tasks/commands/issue-task-list/issue-task-list.command.js';
import { IssueTaskListHandler } from '../tasks/commands/issue-task-list/issue-task-list.handler.js';
import { TaskCommandRunner } from '../tasks/commands/task-command.runner.js';
import { SettableClock, catchUpDeadlines } from './catch-up-deadlines.js';
import { demoLiveList } from './demo-current-year.data.js';
import {
  DEMO_AREAS,
  DEMO_EVIDENCE,
  DEMO_LIST_2024,
  DEMO_TASKS_2024,
  DEMO_UNITS,
} from './demo-district.data.js';
import type { DemoAction, DemoTask } from './demo-district.data.js';
import type { DemoSeedContext } from './demo-seed-step.js';
import { SeedClock } from './seed-clock.js';

const SEED_KEY = 'demo-seed';
/** The day the registry was set up, before the year's list was drafted. */
const REGISTRY_DAY = '2024-01-02';

/** Tasks whose units still owe work: the ones the urging watcher reminds (as TaskUrgingService). */
const URGEABLE: readonly string[] = ['ASSIGNED', 'IN_PROGRESS', 'HANDOFF_PENDING'];

interface Scheduled {
  on: string;
  order: number;
  run: () => Promise<unknown>;
}

/**
 * The demo's units, registered by the administrator on the registry day, straight into the store:
 * an officer account is bound only to a registered unit, and the accounts are registered before the
 * recorded history is written (`DemoSeeder.registerAccounts`).
 */
export async function seedUnits(runner: CommandRunner, clock: SeedClock, admin: Actor): Promise<void> {
  const registerUnit = new RegisterUnitHandler(runner);
  for (const unit of DEMO_UNITS) {
    clock.on(REGISTRY_DAY);
    await registerUnit.execute(
      new RegisterUnitCommand(
        admin,
        { unitId: unit.id, name: unit.name, kind: unit.kind },
        { idempotencyKey: SEED_KEY },
      ),
    );
  }
}

/** A list and its tasks' days, played on one seed clock. */
interface DemoYear {
  list: {
    id: string;
    year: number;
    title: string;
    documentNumber: string | null;
    draftedOn: string;
    issuedOn: string;
  };
  tasks: readonly DemoTask[];
}

/**
 * The 2024 list with a year of acknowledgements, reports, a return, a handoff and
 * extensions, this year's list with work around today, and the automatic urges the watcher would
 * have sent meanwhile, all through the same handlers and deciders as live use.
 */
export async function seedTaskLists(context: DemoSeedContext): Promise<void> {
  const { runner, clock } = context;

  const evidence = new Map<string, EvidenceRef>();
  const evidenceOf = async (key: string, by: Actor): Promise<EvidenceRef[]> => {
    const file = DEMO_EVIDENCE[key];
    if (!file) throw new Error(`no demo evidence ${key}`);
    if (!evidence.has(key)) evidence.set(key, await context.evidence(file.name, file.content, by));
    return [evidence.get(key)!];
  };

  await playYear({ list: DEMO_LIST_2024, tasks: DEMO_TASKS_2024 }, context, clock, runner, evidenceOf);
  const live = demoLiveList(context.today);
  // This year's days are before the history's last ones only in its first weeks: a clock of its own.
  if (live) {
    const liveClock = new SeedClock();
    await playYear(live, context, liveClock, context.runnerOn(liveClock), evidenceOf);
  }

  const taskIds = [...DEMO_TASKS_2024, ...(live?.tasks ?? [])].map((task) => task.id);
  const urgeClock = new SettableClock();
  const urges = new TaskCommandRunner(context.runnerOn(urgeClock));
  await catchUpDeadlines(taskIds, {
    daysBefore: context.urgeDaysBefore,
    until: context.today,
    standing: async (taskId) => {
      const { state, recorded } = await runner.load(taskStream(taskId), taskDecider);
      if (state.status === 'NONE') return null;
      const suffix = `@${state.deadline}`;
      return {
        open: URGEABLE.includes(state.status),
        deadline: state.deadline,
        sent: state.automaticUrges
          .filter((key) => key.endsWith(suffix))
          .map((key) => key.slice(0, -suffix.length)),
        lastAt: Date.parse(String(recorded.at(-1)?.metadata.recordedAt)),
      };
    },
    send: async (taskId, threshold, deadline, at) => {
      urgeClock.set(at);
      await urges.run({ type: 'UrgeTask', data: { taskId, message: null, threshold } }, SYSTEM_ACTOR, {
        idempotencyKey: automaticUrgeIdempotencyKey(threshold, deadline),
      });
    },
  });
}

/** Drafts, issues and works a list on its days, in date order, on the given seed clock. */
async function playYear(
  year: DemoYear,
  context: DemoSeedContext,
  clock: SeedClock,
  runner: CommandRunner,
  evidenceOf: (key: string, by: Actor) => Promise<EvidenceRef[]>,
): Promise<void> {
  const tasks = new TaskCommandRunner(runner);
  const office = context.actor('office');
  const draftList = new DraftTaskListHandler(runner);
  const addTask = new AddTaskHandler(tasks, clock);
  const issueList = new IssueTaskListHandler(tasks, clock);
  const { list, tasks: items } = year;

  const schedule: Scheduled[] = [];
  const at = (on: string, run: () => Promise<unknown>) => schedule.push({ on, order: schedule.length, run });

  at(list.draftedOn, () =>
    draftList.execute(
      new DraftTaskListCommand(
        office,
        {
          listId: list.id,
          year: list.year,
          title: list.title,
          documentNumber: list.documentNumber,
          areas: [...DEMO_AREAS],
        },
        { idempotencyKey: SEED_KEY },
      ),
    ),
  );
  for (const item of items) {
    at(list.draftedOn, () =>
      addTask.execute(
        new AddTaskCommand(
          office,
          {
            listId: list.id,
            taskId: item.id,
            area: item.area,
            title: item.title,
            description: item.description,
            leadUnitId: item.lead,
            cooperatingUnitIds: item.cooperating ?? [],
            deadline: item.deadline,
            ...(item.indicators ? { indicators: item.indicators } : {}),
          },
          { idempotencyKey: SEED_KEY },
        ),
      ),
    );
  }
  at(list.issuedOn, () => issueList.execute(new IssueTaskListCommand(office, list.id)));
  for (const item of items) {
    (item.script ?? []).forEach((action, index) =>
      at(action.on, async () => {
        const { command, actor } = await commandFor(item, action, context, evidenceOf);
        await tasks.run(command, actor, { idempotencyKey: `${SEED_KEY}:${index}` });
      }),
    );
  }

  schedule.sort((a, b) => a.on.localeCompare(b.on) || a.order - b.order);
  for (const step of schedule) {
    clock.on(step.on);
    await step.run();
  }
}

async function commandFor(
  item: DemoTask,
  action: DemoAction,
  context: DemoSeedContext,
  evidenceOf: (key: string, by: Actor) => Promise<EvidenceRef[]>,
): Promise<{ command: TaskCommand; actor: Actor }> {
  const taskId = item.id;
  const office = context.actor('office');
  switch (action.do) {
    case 'acknowledge': {
      const unitId = action.unit || item.lead;
      return {
        command: { type: 'AcknowledgeTask', data: { taskId, unitId } },
        actor: context.officerOf(unitId),
      };
    }
    case 'report': {
      const actor = context.officerOf(action.unit);
      return {
        command: {
          type: 'ReportTaskProgress',
          data: {
            taskId,
            unitId: action.unit,
            percent: action.percent,
            narrative: action.narrative,
            ...(action.figures ? { figures: action.figures } : {}),
            evidence: action.evidence ? await evidenceOf(action.evidence, actor) : [],
          },
        },
        actor,
      };
    }
    case 'requestCompletion': {
      const actor = context.officerOf(leadOn(item, action.on));
      return {
        command: {
          type: 'RequestTaskCompletion',
          data: {
            taskId,
            summary: action.summary,
            evidence: action.evidence ? await evidenceOf(action.evidence, actor) : [],
          },
        },
        actor,
      };
    }
    case 'accept':
      return {
        command: { type: 'AcceptTask', data: { taskId, comment: action.comment ?? null } },
        actor: office,
      };
    case 'return':
      return { command: { type: 'ReturnTask', data: { taskId, reason: action.reason } }, actor: office };
    case 'requestHandoff':
      return {
        command: { type: 'RequestHandoff', data: { taskId, toUnitId: action.to, reason: action.reason } },
        actor: context.officerOf(leadOn(item, action.on)),
      };
    case 'approveHandoff':
      return {
        command: { type: 'ApproveHandoff', data: { taskId, comment: action.comment ?? null } },
        actor: office,
      };
    case 'requestExtension':
      return {
        command: {
          type: 'RequestExtension',
          data: { taskId, newDeadline: action.newDeadline, reason: action.reason },
        },
        actor: context.officerOf(leadOn(item, action.on)),
      };
    case 'approveExtension':
      return {
        command: { type: 'ApproveExtension', data: { taskId, comment: action.comment ?? null } },
        actor: office,
      };
    case 'urge':
      return { command: { type: 'UrgeTask', data: { taskId, message: action.message } }, actor: office };
    default: {
      const unexpected: never = action;
      throw new Error(`unknown demo action ${JSON.stringify(unexpected)}`);
    }
  }
}

/** The lead on a given day: the unit a handoff approved before that day handed the task to, or the first lead. */
function leadOn(item: DemoTask, day: string): string {
  let lead = item.lead;
  const script = item.script ?? [];
  for (const [index, action] of script.entries()) {
    if (action.on > day) break;
    if (action.do === 'approveHandoff') {
      const request = script
        .slice(0, index)
        .reverse()
        .find((a) => a.do === 'requestHandoff');
      if (request && request.do === 'requestHandoff') lead = request.to;
    }
  }
  return lead;
}
