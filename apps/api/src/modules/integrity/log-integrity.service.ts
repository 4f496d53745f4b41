import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@duban/domain';
import { listLogDigests, latestLogDigest, recordLogDigest, verifyLog } from '@duban/event-store';
import type { EventStore, LogDigestData, LogVerification, RecordedEvent } from '@duban/event-store';
import { Clock } from '../../core/clock/clock.js';
import { EVENT_STORE } from '../../core/event-store/event-store.token.js';
import { assertMayCheckIntegrity, assertMayRecordDigest } from './integrity.access.js';

export type RecordedDigest = RecordedEvent & { data: LogDigestData };

/** The log's tamper evidence for the API: digests on a timer and on demand, and verification. */
@Injectable()
export class LogIntegrityService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  /** Records a digest unless the latest one already covers the whole log. */
  async record(
    actor: Actor,
    options: { checked?: boolean } = {},
  ): Promise<{ recorded: boolean; digest: RecordedDigest }> {
    if (options.checked !== false) assertMayRecordDigest(actor);
    return recordLogDigest(this.store, {
      id: randomUUID(),
      metadata: {
        actor: { userId: actor.userId, role: actor.role, unitId: actor.unitId ?? null },
        correlationId: randomUUID(),
        recordedAt: this.clock.now().toISOString(),
      },
    });
  }

  async list(actor: Actor, last: number): Promise<RecordedDigest[]> {
    assertMayCheckIntegrity(actor);
    const all = await listLogDigests(this.store);
    return all.slice(-last).reverse();
  }

  async latest(actor: Actor): Promise<RecordedDigest | null> {
    assertMayCheckIntegrity(actor);
    return latestLogDigest(this.store);
  }

  async verify(actor: Actor): Promise<LogVerification> {
    assertMayCheckIntegrity(actor);
    return verifyLog(this.store);
  }
}
