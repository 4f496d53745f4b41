import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { validation } from '@duban/domain';
import type { Actor } from '@duban/domain';
import { CurrentActor } from '../../../core/auth/current-actor.decorator.js';
import { Expensive } from '../../../core/graphql/expensive.decorator.js';
import { LogIntegrityService } from '../log-integrity.service.js';
import type { CheckedBreak, LogIntegrityStatus as Status } from '../log-integrity.service.js';
import type { IntegrityBreakKindEnum } from './integrity-break.object.js';
import { LogDigest } from './log-digest.object.js';
import { LogIntegrityStatus } from './log-integrity-status.object.js';
import { LogVerification } from './log-verification.object.js';
import { RecordLogDigestPayload } from './record-log-digest-payload.object.js';
import { toLogDigest } from './to-log-digest.js';

const MAX_DIGESTS = 500;

const toBreak = (b: CheckedBreak) => ({ ...b, kind: b.kind as IntegrityBreakKindEnum });
const toStatus = (status: Status): LogIntegrityStatus => ({
  state: status.state,
  since: status.since ? new Date(status.since) : null,
  reason: status.reason,
  breaks: status.breaks.map(toBreak),
});

@Resolver()
export class IntegrityResolver {
  constructor(private readonly integrity: LogIntegrityService) {}

  @Query(() => [LogDigest], {
    description: 'Recorded log digests, newest first. For the district office and the system administrator.',
  })
  async logDigests(
    @CurrentActor() actor: Actor,
    @Args('last', { type: () => Int, nullable: true, description: `At most ${MAX_DIGESTS}; default 20.` })
    last?: number | null,
  ): Promise<LogDigest[]> {
    const count = last ?? 20;
    if (!Number.isInteger(count) || count < 1 || count > MAX_DIGESTS) {
      throw validation('VALIDATION', `last: a whole number from 1 to ${MAX_DIGESTS}`, {
        field: 'last',
        value: count,
      });
    }
    return (await this.integrity.list(actor, count)).map(toLogDigest);
  }

  @Query(() => LogVerification, {
    description:
      'Recomputes every hash chain and digest of the event log and reports where it breaks. For the district office and the system administrator.',
  })
  @Expensive()
  async verifyLog(@CurrentActor() actor: Actor): Promise<LogVerification> {
    const report = await this.integrity.verify(actor);
    return {
      ...report,
      firstBreak: report.firstBreak ? toBreak(report.firstBreak) : null,
      breaks: report.breaks.map(toBreak),
    };
  }

  @Query(() => LogIntegrityStatus, {
    description:
      'Whether the event log passed its check at start, and the breaks that refuse changes. For the district office and the system administrator.',
  })
  logIntegrity(@CurrentActor() actor: Actor): LogIntegrityStatus {
    return toStatus(this.integrity.status(actor));
  }

  @Mutation(() => LogIntegrityStatus, {
    description:
      'Acknowledges the breaks found at start (system administrator): records them with the note, moves the digest file aside, reopens changes and records a new digest.',
  })
  async acknowledgeLogBreak(
    @CurrentActor() actor: Actor,
    @Args('note', { description: 'What was found and decided; recorded in the log.' }) note: string,
  ): Promise<LogIntegrityStatus> {
    return toStatus(await this.integrity.acknowledge(actor, note));
  }

  @Mutation(() => RecordLogDigestPayload, {
    description: 'Records a digest of the event log now (system administrator).',
  })
  async recordLogDigest(@CurrentActor() actor: Actor): Promise<RecordLogDigestPayload> {
    const { recorded, digest } = await this.integrity.record(actor);
    return { recorded, digest: toLogDigest(digest) };
  }
}
