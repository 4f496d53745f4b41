import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '@duban/domain';
import type { EventStore } from '@duban/event-store';
import { Clock } from '../../clock/clock.js';
import { APP_CONFIG } from '../../config/config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { EVENT_STORE } from '../../event-store/event-store.token.js';
import { UrgeTaskCommand } from '../../../modules/tasks/commands/urge-task/urge-task.command.js';
import { deadlineThresholdPolicy } from '../deadline-threshold-policy.js';
import { DeadlineWatcher } from '../deadline-watcher.js';
import type { DeadlineCandidate } from '../deadline-watcher.js';
import { isAlreadyDoneBy } from '../is-already-done.js';
import { TaskBook } from './task-book.js';

/** Statuses in which the units still owe work; a task awaiting review waits on the office, not on them. */
const URGEABLE = ['ASSIGNED', 'IN_PROGRESS', 'HANDOFF_PENDING'] as const;

/** Refusals of an automatic urge that mean it is done or no longer due. */
const MOOT_URGE = [
  'URGE_ALREADY_SENT',
  'URGE_NOT_APPLICABLE',
  'URGE_THRESHOLD_NOT_REACHED',
  'TASK_NOT_FOUND',
];

/** The key of an automatic urge: one per task, threshold and deadline, whichever instance sends it. */
export const automaticUrgeIdempotencyKey = (threshold: string, deadline: string): string =>
  `auto-urge:${threshold}@${deadline}`;

/** 自动催办: urges each open task once when its deadline is near and once when it has passed. */
@Injectable()
export class TaskUrgingService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly watcher: DeadlineWatcher<DeadlineCandidate>;
  private readonly book: TaskBook;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    clock: Clock,
    commands: CommandBus,
  ) {
    this.book = new TaskBook(store);
    this.watcher = new DeadlineWatcher<DeadlineCandidate>({
      name: 'TaskUrging',
      clock,
      candidates: async () => {
        await this.book.catchUp();
        return this.book.inStatus(URGEABLE).map((task): DeadlineCandidate => ({
          id: task.taskId,
          deadline: task.deadline,
          sent: task.automaticUrges
            .filter((key) => key.endsWith(`@${task.deadline}`))
            .map((key) => key.slice(0, key.lastIndexOf('@'))),
        }));
      },
      policy: deadlineThresholdPolicy(config.urgeDaysBefore),
      send: async (task, threshold) => {
        await commands.execute(
          new UrgeTaskCommand(
            SYSTEM_ACTOR,
            { taskId: task.id, threshold },
            { idempotencyKey: automaticUrgeIdempotencyKey(threshold, task.deadline) },
          ),
        );
      },
      isAlreadyDone: isAlreadyDoneBy(MOOT_URGE),
    });
  }

  onApplicationBootstrap(): void {
    this.watcher.start(this.config.urgeIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.watcher.stop();
  }
}
