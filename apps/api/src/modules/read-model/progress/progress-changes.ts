import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { checkpointCodec } from '@duban/event-store';
import { Projector } from '../../../core/projection/projector.js';
import { READ_DATABASE } from '../../../core/projection/read-database.js';
import type { ReadDatabase } from '../../../core/projection/read-database.js';

/** Projections whose commits can change progress figures. */
const SOURCES = new Set(['tasks', 'findings', 'units', 'task-lists']);
/** How often commits made by a projector in another instance are looked for. */
const REMOTE_POLL_MS = 500;

type Change = ReadonlySet<string> | 'all';

/**
 * Tells live subscribers which task lists' progress may have changed, right after the projector
 * commits. Task events name their list; finding and unit events can touch every list. When another
 * instance runs the projections, their checkpoints are polled instead.
 */
@Injectable()
export class ProgressChanges implements OnModuleDestroy {
  private readonly listeners = new Set<(change: Change) => void>();
  private timer: NodeJS.Timeout | null = null;
  private lastSeen = '';

  constructor(
    private readonly projector: Projector,
    @Inject(READ_DATABASE) private readonly db: ReadDatabase,
  ) {
    projector.onCommitted((name, _checkpoint, events) => {
      if (!SOURCES.has(name)) return;
      const lists = new Set<string>();
      for (const event of events) {
        const listId = (event.data as { listId?: unknown } | null)?.listId;
        if (typeof listId === 'string') lists.add(listId);
        else if (
          event.type.startsWith('Finding') ||
          event.type.startsWith('Rectification') ||
          event.type.startsWith('Unit')
        ) {
          return this.emit('all');
        }
      }
      if (lists.size > 0) this.emit(lists);
    });
    projector.onRebuilt(() => this.emit('all'));
  }

  /** Yields once at once (the state to start from), then each time the list's progress may have changed. */
  async *changes(taskListId: string): AsyncGenerator<void> {
    let pending = true;
    let wake: (() => void) | null = null;
    const listener = (change: Change) => {
      if (change !== 'all' && !change.has(taskListId)) return;
      pending = true;
      wake?.();
    };
    this.listeners.add(listener);
    this.startPolling();
    try {
      for (;;) {
        if (!pending) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        pending = false;
        yield;
      }
    } finally {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stopPolling();
    }
  }

  onModuleDestroy(): void {
    this.stopPolling();
  }

  private emit(change: Change): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  private startPolling(): void {
    this.timer ??= setInterval(() => void this.poll(), REMOTE_POLL_MS);
  }

  private stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async poll(): Promise<void> {
    if ([...SOURCES].every((name) => this.projector.isActiveHere(name))) return;
    try {
      const rows = await this.projector.checkpoints.all(this.db.sql);
      const seen = rows
        .filter((r) => SOURCES.has(r.name))
        .map((r) => `${r.name}@${checkpointCodec.format(r.checkpoint)}`)
        .join(',');
      if (this.lastSeen && seen !== this.lastSeen) this.emit('all');
      this.lastSeen = seen;
    } catch {
      // The next poll tries again; a subscriber only misses nothing but latency.
    }
  }
}
