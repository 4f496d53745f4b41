import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import type { Command } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@duban/domain';
import { ControllableClock } from '../../../../test/support/controllable-clock.js';
import { startTestApp } from '../../../../test/support/start-test-app.js';
import type { TestApp } from '../../../../test/support/start-test-app.js';
import { ACTORS, AREA, TasksFixture, UNITS } from '../../../../test/support/tasks-fixture.js';
import type { ActorName, Stage } from '../../../../test/support/tasks-fixture.js';
import { RegisterUnitCommand } from '../../units/commands/register-unit/register-unit.command.js';
import { RenameUnitCommand } from '../../units/commands/rename-unit/rename-unit.command.js';
import { RetireUnitCommand } from '../../units/commands/retire-unit/retire-unit.command.js';
import { AcceptTaskCommand } from './accept-task/accept-task.command.js';
import { AcknowledgeTaskCommand } from './acknowledge-task/acknowledge-task.command.js';
import { AddTaskCommand } from './add-task/add-task.command.js';
import { ApproveExtensionCommand } from './approve-extension/approve-extension.command.js';
import { ApproveHandoffCommand } from './approve-handoff/approve-handoff.command.js';
import { CancelTaskCommand } from './cancel-task/cancel-task.command.js';
import { DraftTaskListCommand } from './draft-task-list/draft-task-list.command.js';
import { EditTaskListCommand } from './edit-task-list/edit-task-list.command.js';
import { EditTaskCommand } from './edit-task/edit-task.command.js';
import { IssueTaskListCommand } from './issue-task-list/issue-task-list.command.js';
import { RejectExtensionCommand } from './reject-extension/reject-extension.command.js';
import { RejectHandoffCommand } from './reject-handoff/reject-handoff.command.js';
import { RemoveTaskCommand } from './remove-task/remove-task.command.js';
import { ReportTaskProgressCommand } from './report-task-progress/report-task-progress.command.js';
import { RequestExtensionCommand } from './request-extension/request-extension.command.js';
import { RequestHandoffCommand } from './request-handoff/request-handoff.command.js';
import { RequestTaskCompletionCommand } from './request-task-completion/request-task-completion.command.js';
import { ReturnTaskCommand } from './return-task/return-task.command.js';
import { UrgeTaskCommand } from './urge-task/urge-task.command.js';

const NOW = '2030-06-01T02:00:00.000Z';
/** Within three days of NOW, so an automatic DUE_IN_3_DAYS urge is due. */
const SOON = '2030-06-02';

interface Target {
  listId: string;
  taskId: string;
  unitId: string;
}

interface Case {
  command: string;
  stage: Stage | 'UNIT' | 'NONE';
  deadline?: string;
  allowed: ActorName[];
  make: (actor: Actor, target: Target) => Command<unknown>;
}

const CASES: Case[] = [
  {
    command: 'draftTaskList',
    stage: 'NONE',
    allowed: ['office'],
    make: (a) => new DraftTaskListCommand(a, { year: 2030, title: '清单', areas: [AREA] }),
  },
  {
    command: 'editTaskList',
    stage: 'LIST_DRAFT',
    allowed: ['office'],
    make: (a, t) => new EditTaskListCommand(a, { listId: t.listId, title: '修改后的清单' }),
  },
  {
    command: 'addTask',
    stage: 'LIST_DRAFT',
    allowed: ['office'],
    make: (a, t) =>
      new AddTaskCommand(a, {
        listId: t.listId,
        area: AREA,
        title: '新任务',
        description: '说明',
        leadUnitId: UNITS.lead,
        deadline: '2030-12-31',
      }),
  },
  {
    command: 'editTask',
    stage: 'DRAFT',
    allowed: ['office'],
    make: (a, t) => new EditTaskCommand(a, { taskId: t.taskId, title: '改名' }),
  },
  {
    command: 'removeTask',
    stage: 'DRAFT',
    allowed: ['office'],
    make: (a, t) => new RemoveTaskCommand(a, t.taskId, '重复'),
  },
  {
    command: 'issueTaskList',
    stage: 'DRAFT',
    allowed: ['office'],
    make: (a, t) => new IssueTaskListCommand(a, t.listId),
  },
  {
    command: 'acknowledgeTask',
    stage: 'ASSIGNED',
    allowed: ['leadOfficer', 'cooperatingOfficer'],
    make: (a, t) => new AcknowledgeTaskCommand(a, t.taskId),
  },
  {
    command: 'reportTaskProgress',
    stage: 'IN_PROGRESS',
    allowed: ['leadOfficer', 'cooperatingOfficer'],
    make: (a, t) =>
      new ReportTaskProgressCommand(a, {
        taskId: t.taskId,
        percent: 40,
        narrative: '已检查',
        figures: { checks: 10 },
      }),
  },
  {
    command: 'requestTaskCompletion',
    stage: 'IN_PROGRESS',
    allowed: ['leadOfficer'],
    make: (a, t) => new RequestTaskCompletionCommand(a, t.taskId, '已完成'),
  },
  {
    command: 'acceptTask',
    stage: 'AWAITING_REVIEW',
    allowed: ['office'],
    make: (a, t) => new AcceptTaskCommand(a, t.taskId, '同意'),
  },
  {
    command: 'returnTask',
    stage: 'AWAITING_REVIEW',
    allowed: ['office'],
    make: (a, t) => new ReturnTaskCommand(a, t.taskId, '材料不全'),
  },
  {
    command: 'requestHandoff',
    stage: 'IN_PROGRESS',
    allowed: ['leadOfficer'],
    make: (a, t) => new RequestHandoffCommand(a, t.taskId, UNITS.target, '职责调整'),
  },
  {
    command: 'approveHandoff',
    stage: 'HANDOFF_PENDING',
    allowed: ['office'],
    make: (a, t) => new ApproveHandoffCommand(a, t.taskId),
  },
  {
    command: 'rejectHandoff',
    stage: 'HANDOFF_PENDING',
    allowed: ['office'],
    make: (a, t) => new RejectHandoffCommand(a, t.taskId, '职责未变'),
  },
  {
    command: 'requestExtension',
    stage: 'IN_PROGRESS',
    allowed: ['leadOfficer'],
    make: (a, t) => new RequestExtensionCommand(a, t.taskId, '2031-03-31', '需要更多时间'),
  },
  {
    command: 'approveExtension',
    stage: 'EXTENSION_PENDING',
    allowed: ['office'],
    make: (a, t) => new ApproveExtensionCommand(a, t.taskId),
  },
  {
    command: 'rejectExtension',
    stage: 'EXTENSION_PENDING',
    allowed: ['office'],
    make: (a, t) => new RejectExtensionCommand(a, t.taskId, '不同意'),
  },
  {
    command: 'urgeTask (manual)',
    stage: 'IN_PROGRESS',
    allowed: ['office'],
    make: (a, t) => new UrgeTaskCommand(a, { taskId: t.taskId, message: '请抓紧办理' }),
  },
  {
    command: 'urgeTask (automatic, with a threshold)',
    stage: 'IN_PROGRESS',
    deadline: SOON,
    allowed: ['system'],
    make: (a, t) => new UrgeTaskCommand(a, { taskId: t.taskId, threshold: 'DUE_IN_3_DAYS' }),
  },
  {
    command: 'cancelTask',
    stage: 'IN_PROGRESS',
    allowed: ['office'],
    make: (a, t) => new CancelTaskCommand(a, t.taskId, '任务调整'),
  },
  {
    command: 'registerUnit',
    stage: 'NONE',
    allowed: ['admin', 'system'],
    make: (a) => new RegisterUnitCommand(a, { name: '区新单位', kind: 'DEPARTMENT' }),
  },
  {
    command: 'renameUnit',
    stage: 'UNIT',
    allowed: ['admin', 'system'],
    make: (a, t) => new RenameUnitCommand(a, t.unitId, '区新名称'),
  },
  {
    command: 'retireUnit',
    stage: 'UNIT',
    allowed: ['admin', 'system'],
    make: (a, t) => new RetireUnitCommand(a, t.unitId, '机构改革'),
  },
];

describe('who may run each unit and task command (through the command bus, on PGlite)', () => {
  let app: TestApp;
  let bus: CommandBus;
  let fixture: TasksFixture;

  beforeAll(async () => {
    // Automatic urging stays off here: the matrix decides who may urge, not when.
    app = await startTestApp({
      clock: new ControllableClock(new Date(NOW)),
      env: { DUBAN_URGE_INTERVAL_MS: '0' },
    });
    bus = app.app.get(CommandBus);
    fixture = new TasksFixture(bus, app.store);
    await fixture.registerUnits();
  }, 120_000);
  afterAll(() => app?.close());

  const prepare = async (item: Case): Promise<Target> => {
    if (item.stage === 'NONE') return { listId: '', taskId: '', unitId: '' };
    if (item.stage === 'UNIT') {
      const unitId = `u-${randomUUID().slice(0, 8)}`;
      await bus.execute(
        new RegisterUnitCommand(ACTORS.admin, { unitId, name: '区测试单位', kind: 'DEPARTMENT' }),
      );
      return { listId: '', taskId: '', unitId };
    }
    return { ...(await fixture.taskAt(item.stage, item.deadline)), unitId: '' };
  };

  for (const item of CASES) {
    it(`${item.command}: ${item.allowed.join(', ')} may; every other role is FORBIDDEN and appends nothing`, async () => {
      for (const name of Object.keys(ACTORS) as ActorName[]) {
        const target = await prepare(item);
        const before = await fixture.head();
        const outcome = await bus.execute(item.make(ACTORS[name], target)).then(
          () => 'applied',
          (error: { errorClass?: string; code?: string; message?: string }) =>
            error.errorClass ?? error.message,
        );
        const after = await fixture.head();
        if (item.allowed.includes(name)) {
          expect({ actor: name, outcome }).toEqual({ actor: name, outcome: 'applied' });
          expect(after).toBeGreaterThan(before);
        } else {
          expect({ actor: name, outcome }).toEqual({ actor: name, outcome: 'FORBIDDEN' });
          expect(after).toBe(before);
        }
      }
    }, 120_000);
  }
});
