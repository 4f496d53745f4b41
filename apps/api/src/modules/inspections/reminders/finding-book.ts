import { evolveFinding, findingStream, initialFindingState } from '@duban/domain';
import type { FindingEvent, FindingFacts, FindingState, FindingStatus } from '@duban/domain';
import { START } from '@duban/event-store';
import type { Checkpoint, EventStore } from '@duban/event-store';

const FINDING_STREAM_PREFIX = findingStream('');
const PAGE = 1000;

/**
 * Every finding's state, folded from the log in global order and brought up to date on demand. The
 * reminder watcher reads its candidates here, so it depends on the event store alone and not on a
 * read model that could be rebuilding.
 */
export class FindingBook {
  private readonly findings = new Map<string, FindingState>();
  private position: Checkpoint = START;
  private catchingUp: Promise<void> | null = null;

  constructor(private readonly store: EventStore) {}

  catchUp(): Promise<void> {
    this.catchingUp ??= this.read().finally(() => {
      this.catchingUp = null;
    });
    return this.catchingUp;
  }

  inStatus(statuses: readonly FindingStatus[]): FindingFacts[] {
    const wanted = new Set<string>(statuses);
    return [...this.findings.values()].filter(
      (finding): finding is FindingFacts => finding.status !== 'NONE' && wanted.has(finding.status),
    );
  }

  private async read(): Promise<void> {
    for (;;) {
      const events = await this.store.readAll({ after: this.position, limit: PAGE });
      for (const event of events) {
        if (event.streamId.startsWith(FINDING_STREAM_PREFIX)) {
          const findingId = event.streamId.slice(FINDING_STREAM_PREFIX.length);
          const state = this.findings.get(findingId) ?? initialFindingState();
          this.findings.set(
            findingId,
            evolveFinding(state, { type: event.type, data: event.data } as FindingEvent),
          );
        }
        this.position = event.checkpoint;
      }
      if (events.length < PAGE) return;
    }
  }
}
