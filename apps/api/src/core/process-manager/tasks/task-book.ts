import { evolveTask, initialTaskState, taskStream } from '@duban/domain';
import type { TaskEvent, TaskRecord, TaskState } from '@duban/domain';
import { START } from '@duban/event-store';
import type { Checkpoint, EventStore } from '@duban/event-store';

const TASK_STREAM_PREFIX = taskStream('');
const PAGE = 1000;

/**
 * Every task's state, folded from the log in global order and brought up to date on demand. The
 * deadline watcher reads its candidates here, so it depends on nothing but the event store.
 */
export class TaskBook {
  private readonly tasks = new Map<string, TaskState>();
  private position: Checkpoint = START;
  private catchingUp: Promise<void> | null = null;

  constructor(private readonly store: EventStore) {}

  catchUp(): Promise<void> {
    this.catchingUp ??= this.read().finally(() => {
      this.catchingUp = null;
    });
    return this.catchingUp;
  }

  /** Tasks in the given statuses, as of the last catch-up. */
  inStatus(statuses: readonly string[]): TaskRecord[] {
    const wanted = new Set(statuses);
    return [...this.tasks.values()].filter(
      (task): task is TaskRecord => task.status !== 'NONE' && wanted.has(task.status),
    );
  }

  private async read(): Promise<void> {
    for (;;) {
      const events = await this.store.readAll({ after: this.position, limit: PAGE });
      for (const event of events) {
        if (event.streamId.startsWith(TASK_STREAM_PREFIX)) {
          const taskId = event.streamId.slice(TASK_STREAM_PREFIX.length);
          const state = this.tasks.get(taskId) ?? initialTaskState();
          this.tasks.set(taskId, evolveTask(state, { type: event.type, data: event.data } as TaskEvent));
        }
        this.position = event.checkpoint;
      }
      if (events.length < PAGE) return;
    }
  }
}
