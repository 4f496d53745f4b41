import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Actor, TaskListIssued } from '@duban/domain';
import { START } from '@duban/event-store';
import type { EventStore, ReadAllEvent, Subscription } from '@duban/event-store';
import { EVENT_STORE } from '../../event-store/event-store.token.js';
import { issueListedTasks } from '../../../modules/tasks/commands/issue-task-list/issue-listed-tasks.js';
import { TaskCommandRunner } from '../../../modules/tasks/commands/task-command.runner.js';

/**
 * Finishes an issue cut short. Issuing appends TaskListIssued and then assigns each task; if the
 * process died in between, some tasks of an issued list are still drafts. From start (the whole log)
 * and on every TaskListIssued it assigns what is missing, as the person who issued the list.
 */
@Injectable()
export class IssuedListCompleter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('IssuedListCompleter');
  private subscription: Subscription | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly tasks: TaskCommandRunner,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.store.subscribe({
      after: START,
      onEvents: async (events) => {
        for (const event of events) if (event.type === 'TaskListIssued') await this.complete(event);
      },
      onError: (error) => this.logger.error(`following the log failed: ${(error as Error).message}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Resolves once every issue in the log so far has been looked at (for tests and the seed). */
  get caughtUp(): Promise<void> {
    return this.subscription?.caughtUp ?? Promise.resolve();
  }

  async complete(event: ReadAllEvent): Promise<string[]> {
    const { listId, taskIds } = (event as unknown as { data: TaskListIssued['data'] }).data;
    const recorded = event.metadata.actor;
    const actor: Actor = {
      userId: recorded.userId,
      role: recorded.role as Actor['role'],
      unitId: recorded.unitId ?? null,
    };
    try {
      const { issued } = await issueListedTasks(this.tasks, listId, taskIds, actor, {
        ...(event.metadata.correlationId ? { correlationId: event.metadata.correlationId } : {}),
        causationId: event.id,
      });
      if (issued.length > 0)
        this.logger.log(
          `assigned ${issued.length} task(s) of list ${listId} left over by an interrupted issue`,
        );
      return issued;
    } catch (error) {
      this.logger.error(`completing the issue of list ${listId} failed: ${(error as Error).message}`);
      return [];
    }
  }
}
