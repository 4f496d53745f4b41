import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Actor, TaskListIssued } from '@duban/domain';
import { START } from '@duban/event-store';
import type { EventStore, ReadAllEvent, Subscription } from '@duban/event-store';
import { isStoreUnavailable } from '../../errors/is-store-unavailable.js';
import { EVENT_STORE } from '../../event-store/event-store.token.js';
import { issueListedTasks } from '../../../modules/tasks/commands/issue-task-list/issue-listed-tasks.js';
import { TaskCommandRunner } from '../../../modules/tasks/commands/task-command.runner.js';

/** First wait before trying again while the store is unavailable; doubles up to the maximum. */
const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 2000;

/**
 * Finishes an issue cut short. Issuing appends TaskListIssued and then assigns each task; if the
 * process died in between, some tasks of an issued list are still drafts. From start (the whole log)
 * and on every TaskListIssued it assigns what is missing, as the person who issued the list (a member
 * whose removal lost to the issue has the removal withdrawn first). While the store is unavailable
 * (the very outage that may have cut the issue short) it keeps trying, holding the following events
 * back until the list is complete or the process stops. A member the domain refuses to assign is
 * logged once and passed over, so it neither blocks the rest of the list nor is tried again in a loop.
 */
@Injectable()
export class IssuedListCompleter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('IssuedListCompleter');
  private subscription: Subscription | null = null;
  private stopping = false;
  /** Overridable in tests. */
  sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

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
    this.stopping = true;
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
    for (let wait = RETRY_FIRST_MS; ; wait = Math.min(wait * 2, RETRY_MAX_MS)) {
      try {
        const { issued, refused } = await issueListedTasks(this.tasks, listId, taskIds, actor, {
          ...(event.metadata.correlationId ? { correlationId: event.metadata.correlationId } : {}),
          causationId: event.id,
        });
        if (issued.length > 0)
          this.logger.log(
            `assigned ${issued.length} task(s) of list ${listId} left over by an interrupted issue`,
          );
        // Refused by the domain: trying again would be refused again. Said once, and left for a person.
        for (const { taskId, error } of refused)
          this.logger.error(
            `task ${taskId} of issued list ${listId} cannot be assigned (${error.code}): ${error.message}; left as it is`,
          );
        return issued;
      } catch (error) {
        if (isStoreUnavailable(error) && !this.stopping) {
          await this.sleep(wait);
          continue;
        }
        this.logger.error(`completing the issue of list ${listId} failed: ${(error as Error).message}`);
        return [];
      }
    }
  }
}
