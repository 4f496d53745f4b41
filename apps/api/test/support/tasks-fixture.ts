import { randomUUID } from 'node:crypto';
import type { CommandBus } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '@duban/domain';
import type { Actor } from '@duban/domain';
import type { EventStore } from '@duban/event-store';
import { AcknowledgeTaskCommand } from '../../src/modules/tasks/commands/acknowledge-task/acknowledge-task.command.js';
import { AddTaskCommand } from '../../src/modules/tasks/commands/add-task/add-task.command.js';
import { DraftTaskListCommand } from '../../src/modules/tasks/commands/draft-task-list/draft-task-list.command.js';
import { IssueTaskListCommand } from '../../src/modules/tasks/commands/issue-task-list/issue-task-list.command.js';
import { RequestExtensionCommand } from '../../src/modules/tasks/commands/request-extension/request-extension.command.js';
import { RequestHandoffCommand } from '../../src/modules/tasks/commands/request-handoff/request-handoff.command.js';
import { RequestTaskCompletionCommand } from '../../src/modules/tasks/commands/request-task-completion/request-task-completion.command.js';
import { RegisterUnitCommand } from '../../src/modules/units/commands/register-unit/register-unit.command.js';

/** Units of the fixture: the lead, a cooperating unit, a unit with no part in the task, a handoff target. */
export const UNITS = { lead: 'sfj', cooperating: 'wjw', other: 'ly', target: 'yjj' } as const;
export const AREA = '行政执法';

export const ACTORS = {
  office: { userId: 'user-office', role: 'DISTRICT_OFFICE', unitId: null },
  admin: { userId: 'user-admin', role: 'SYSTEM_ADMIN', unitId: null },
  inspector: { userId: 'user-inspector', role: 'INSPECTOR', unitId: null },
  leader: { userId: 'user-leader', role: 'LEADER', unitId: null },
  leadOfficer: { userId: 'user-sfj', role: 'UNIT_OFFICER', unitId: UNITS.lead },
  cooperatingOfficer: { userId: 'user-wjw', role: 'UNIT_OFFICER', unitId: UNITS.cooperating },
  otherOfficer: { userId: 'user-ly', role: 'UNIT_OFFICER', unitId: UNITS.other },
  system: SYSTEM_ACTOR,
} satisfies Record<string, Actor>;
export type ActorName = keyof typeof ACTORS;

export type Stage =
  | 'LIST_DRAFT'
  | 'DRAFT'
  | 'ASSIGNED'
  | 'IN_PROGRESS'
  | 'AWAITING_REVIEW'
  | 'HANDOFF_PENDING'
  | 'EXTENSION_PENDING';

export const INDICATORS = {
  indicators: [
    { id: 'checks', name: '执法检查', unitOfMeasure: '家次' },
    { id: 'enterprises', name: '企业', unitOfMeasure: '家次', partOf: 'checks' },
  ],
  rates: [],
};

/** Drives tasks through the real command handlers to the stage a test needs. */
export class TasksFixture {
  constructor(
    readonly bus: CommandBus,
    readonly store: EventStore,
  ) {}

  async registerUnits(): Promise<void> {
    for (const [unitId, name] of [
      [UNITS.lead, '区司法局'],
      [UNITS.cooperating, '区卫健委'],
      [UNITS.other, '丽阳镇'],
      [UNITS.target, '区应急管理局'],
    ] as const) {
      await this.bus.execute(
        new RegisterUnitCommand(ACTORS.admin, {
          unitId,
          name,
          kind: unitId === 'ly' ? 'TOWNSHIP' : 'DEPARTMENT',
        }),
      );
    }
  }

  async draftList(): Promise<string> {
    const { listId } = await this.bus.execute(
      new DraftTaskListCommand(ACTORS.office, {
        year: 2030,
        title: '法治政府建设任务清单',
        documentNumber: '昌法办〔2030〕1号',
        areas: [AREA, '普法宣传'],
      }),
    );
    return listId;
  }

  async addTask(listId: string, deadline = '2030-12-31'): Promise<string> {
    const { taskId } = await this.bus.execute(
      new AddTaskCommand(ACTORS.office, {
        listId,
        area: AREA,
        title: `执法检查 ${randomUUID().slice(0, 6)}`,
        description: '开展行政执法检查',
        leadUnitId: UNITS.lead,
        cooperatingUnitIds: [UNITS.cooperating],
        deadline,
        indicators: INDICATORS,
      }),
    );
    return taskId;
  }

  /** A fresh task (in a list of its own) at the given stage. */
  async taskAt(stage: Stage, deadline = '2030-12-31'): Promise<{ listId: string; taskId: string }> {
    const listId = await this.draftList();
    if (stage === 'LIST_DRAFT') return { listId, taskId: '' };
    const taskId = await this.addTask(listId, deadline);
    if (stage === 'DRAFT') return { listId, taskId };
    await this.bus.execute(new IssueTaskListCommand(ACTORS.office, listId));
    if (stage === 'ASSIGNED') return { listId, taskId };
    if (stage === 'HANDOFF_PENDING') {
      await this.bus.execute(new RequestHandoffCommand(ACTORS.leadOfficer, taskId, UNITS.target, '职责调整'));
      return { listId, taskId };
    }
    await this.bus.execute(new AcknowledgeTaskCommand(ACTORS.leadOfficer, taskId));
    await this.bus.execute(new AcknowledgeTaskCommand(ACTORS.cooperatingOfficer, taskId));
    if (stage === 'IN_PROGRESS') return { listId, taskId };
    if (stage === 'EXTENSION_PENDING') {
      await this.bus.execute(
        new RequestExtensionCommand(ACTORS.leadOfficer, taskId, '2031-06-30', '需要更多时间'),
      );
      return { listId, taskId };
    }
    await this.bus.execute(new RequestTaskCompletionCommand(ACTORS.leadOfficer, taskId, '已完成'));
    return { listId, taskId };
  }

  /** Global position of the last event in the log (0n when empty). */
  async head(): Promise<bigint> {
    const all = await this.store.readAll();
    return all.length === 0 ? 0n : all[all.length - 1]!.globalPosition;
  }

  async streamTypes(streamId: string): Promise<string[]> {
    return (await this.store.readStream(streamId)).map((event) => event.type);
  }
}
