import { Inject, Injectable } from '@nestjs/common';
import { START } from '@duban/event-store';
import type { Checkpoint, EventStore } from '@duban/event-store';
import { EVENT_STORE } from '../../../core/event-store/event-store.token.js';

/** A task or finding whose event cites a file. */
export interface EvidenceSubject {
  kind: 'TASK' | 'FINDING';
  id: string;
  /**
   * For a finding: whether it has been notified (通报) to its unit. Before that it is the inspection
   * team's working note, hidden from unit officers, and so are the files it cites.
   */
  notified?: boolean;
}

const PAGE = 1000;

/**
 * Which tasks and findings cite each file, folded from every event that carries an `evidence` list
 * and brought up to date on each question, so a file cited a moment ago is already known. It reads
 * only the event store, so it works the same before any read model exists. One instance serves the
 * download route and the citation check alike.
 */
@Injectable()
export class EvidenceIndex {
  private readonly subjects = new Map<string, EvidenceSubject[]>();
  private readonly notifiedFindings = new Set<string>();
  private position: Checkpoint = START;
  /** The last read queued; the next one starts only after it. */
  private tail: Promise<void> = Promise.resolve();
  /** A read queued but not yet started, shared by everyone who asks meanwhile. */
  private queued: Promise<void> | null = null;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async subjectsOf(sha256: string): Promise<EvidenceSubject[]> {
    await this.catchUp();
    return (this.subjects.get(sha256) ?? []).map((subject) =>
      subject.kind === 'FINDING' ? { ...subject, notified: this.notifiedFindings.has(subject.id) } : subject,
    );
  }

  /**
   * Resolves once a read that started after this call has reached the end of the log. A read already
   * under way may have started before the asker's latest append, so askers share the next read
   * rather than the current one; reads never overlap.
   */
  private catchUp(): Promise<void> {
    if (!this.queued) {
      const next = this.tail.then(() => {
        this.queued = null;
        return this.read();
      });
      this.queued = next;
      this.tail = next.catch(() => undefined);
    }
    return this.queued;
  }

  private async read(): Promise<void> {
    for (;;) {
      const events = await this.store.readAll({ after: this.position, limit: PAGE });
      for (const event of events) {
        const data = event.data as { evidence?: unknown; taskId?: unknown; findingId?: unknown } | null;
        if (event.type === 'FindingNotified' && typeof data?.findingId === 'string') {
          this.notifiedFindings.add(data.findingId);
        }
        if (data && Array.isArray(data.evidence)) {
          const subject: EvidenceSubject | null =
            typeof data.findingId === 'string'
              ? { kind: 'FINDING', id: data.findingId }
              : typeof data.taskId === 'string'
                ? { kind: 'TASK', id: data.taskId }
                : null;
          for (const ref of data.evidence as Array<{ sha256?: unknown }>) {
            if (!subject || typeof ref?.sha256 !== 'string') continue;
            const known = this.subjects.get(ref.sha256) ?? [];
            if (!known.some((s) => s.kind === subject.kind && s.id === subject.id)) known.push(subject);
            this.subjects.set(ref.sha256, known);
          }
        }
        this.position = event.checkpoint;
      }
      if (events.length < PAGE) return;
    }
  }
}
