import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { invalidState, validation } from '@duban/domain';
import type { Actor } from '@duban/domain';
import { listLogDigests, latestLogDigest, recordLogDigest, verifyLog } from '@duban/event-store';
import type {
  DigestSigner,
  EventStore,
  IntegrityBreak,
  LogHeads,
  LogVerification,
  RecordedDigest,
} from '@duban/event-store';
import { Clock } from '../../core/clock/clock.js';
import { APP_CONFIG } from '../../core/config/config.token.js';
import type { AppConfig } from '../../core/config/app-config.js';
import { EVENT_STORE } from '../../core/event-store/event-store.token.js';
import { LogWriteGate } from '../../core/event-store/log-write-gate.js';
import {
  assertMayAcknowledgeBreak,
  assertMayCheckIntegrity,
  assertMayRecordDigest,
} from './integrity.access.js';
import { appendToDigestFile, archiveDigestFile, readDigestFile } from './digest-file.js';
import { DIGEST_SIGNER } from './digest-key.js';

export type { RecordedDigest } from '@duban/event-store';

/** Where administrators' acknowledgements of breaks are recorded (part of the log, so digested too). */
export const ACKNOWLEDGEMENT_STREAM = 'integrity-acknowledgements';
export const LOG_BREAK_ACKNOWLEDGED = 'LogBreakAcknowledged';
const MAX_NOTE_LENGTH = 2000;

/** What identifies a break across checks: its kind and where it is. */
type BreakKey = Pick<IntegrityBreak, 'kind' | 'streamId' | 'streamPosition'>;
const keyOf = (b: BreakKey) => `${b.kind}\u0000${b.streamId}\u0000${b.streamPosition}`;

export interface CheckedBreak extends IntegrityBreak {
  /** An administrator acknowledged this break; it no longer refuses writes. */
  acknowledged: boolean;
}

export interface CheckedLog extends Omit<LogVerification, 'breaks' | 'firstBreak'> {
  firstBreak: CheckedBreak | null;
  breaks: CheckedBreak[];
}

export interface LogIntegrityStatus {
  /** 'ok', or 'broken' while writes are refused. */
  state: 'ok' | 'broken';
  since: string | null;
  reason: string | null;
  /** Breaks not yet acknowledged (from the start check). */
  breaks: CheckedBreak[];
}

/**
 * The log's tamper evidence for the API: signed digests on a timer and on demand (each also
 * appended to the digest file outside the database), verification against the signing key and the
 * digest file, the check at start that refuses writes on a broken log, and the acknowledgement that
 * reopens them.
 */
@Injectable()
export class LogIntegrityService {
  private readonly logger = new Logger('LogIntegrity');
  private resume: LogHeads | undefined;
  private openBreaks: CheckedBreak[] = [];
  private digestFileEntries = 0;
  /** Set when the log has no signed digest yet: the next digest is recorded even if nothing changed. */
  private needsSignedDigest = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DIGEST_SIGNER) private readonly signer: DigestSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly gate: LogWriteGate,
    private readonly clock: Clock,
  ) {}

  /** Records a signed digest unless the latest one already covers the whole log. */
  async record(
    actor: Actor,
    options: { checked?: boolean; force?: boolean } = {},
  ): Promise<{ recorded: boolean; digest: RecordedDigest }> {
    if (options.checked !== false) assertMayRecordDigest(actor);
    // A digest over a broken log would sign the break as if it were the record.
    this.gate.assertOpen();
    const now = this.clock.now().toISOString();
    const result = await recordLogDigest(this.store, {
      id: randomUUID(),
      signer: this.signer,
      takenAt: now,
      force: options.force ?? this.needsSignedDigest,
      ...(this.resume ? { resume: this.resume } : {}),
      metadata: {
        actor: { userId: actor.userId, role: actor.role, unitId: actor.unitId ?? null },
        correlationId: randomUUID(),
        recordedAt: now,
      },
    });
    this.resume = result.log;
    if (result.recorded) {
      this.needsSignedDigest = false;
      await appendToDigestFile(this.config.digestFile, result.digest);
    }
    return { recorded: result.recorded, digest: result.digest };
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

  async verify(actor: Actor): Promise<CheckedLog> {
    assertMayCheckIntegrity(actor);
    return this.check();
  }

  status(actor: Actor): LogIntegrityStatus {
    assertMayCheckIntegrity(actor);
    return this.currentStatus();
  }

  /**
   * Checks the whole log against its signed digests and the digest file. Breaks an administrator
   * acknowledged are marked; any other closes writes. Records nothing either way.
   */
  async checkAtStart(): Promise<void> {
    let report: CheckedLog;
    try {
      report = await this.check();
    } catch (error) {
      this.refuseWrites(`the log could not be checked: ${(error as Error).message}`, []);
      return;
    }
    let open = report.breaks.filter((b) => !b.acknowledged);
    if (this.isFirstSignedStart(report, open)) {
      // A log kept before digests were signed: its chains and unsigned digests verified, and no
      // digest file expects signed ones. The digest recorded next is the first signed one.
      this.logger.warn(
        `the log has ${report.events} events, ${report.digests} unsigned digest(s) and no signed one yet: the next digest is the first signed one`,
      );
      open = [];
      this.needsSignedDigest = true;
    }
    if (open.length === 0) {
      this.logger.log(
        `log checked at start: ${report.events} events, ${report.signedDigests} signed digests, ${report.unanchoredEvents} not yet anchored`,
      );
      return;
    }
    this.refuseWrites(`${open.length} unacknowledged break(s) in the event log`, open);
  }

  /**
   * An administrator's acknowledgement of the breaks found at start: recorded in the log with their
   * note, the digest file moved aside, writes reopened, and a digest of the log as it now stands
   * recorded, so later tampering shows against it.
   */
  async acknowledge(actor: Actor, note: string): Promise<LogIntegrityStatus> {
    assertMayAcknowledgeBreak(actor);
    const text = note.trim();
    if (text.length === 0 || text.length > MAX_NOTE_LENGTH) {
      throw validation('VALIDATION', `note: 1 to ${MAX_NOTE_LENGTH} characters`, { field: 'note' });
    }
    const block = this.gate.blocked;
    if (!block) {
      throw invalidState('LOG_INTEGRITY_NOT_BROKEN', 'The event log has no break to acknowledge', {});
    }
    const now = this.clock.now();
    const archived = await archiveDigestFile(this.config.digestFile, now);
    await this.store.append(
      ACKNOWLEDGEMENT_STREAM,
      [
        {
          id: randomUUID(),
          type: LOG_BREAK_ACKNOWLEDGED,
          data: {
            reason: block.reason,
            breaks: this.openBreaks.map(({ kind, streamId, streamPosition, eventId, message }) => ({
              kind,
              streamId,
              streamPosition,
              eventId,
              message,
            })),
            note: text,
            archivedDigestFile: archived,
            acknowledgedBy: actor.userId,
            acknowledgedAt: now.toISOString(),
          },
          metadata: {
            actor: { userId: actor.userId, role: actor.role, unitId: actor.unitId ?? null },
            correlationId: randomUUID(),
            recordedAt: now.toISOString(),
          },
        },
      ],
      'any',
    );
    this.logger.warn(`${actor.userId} acknowledged the break in the event log: ${text}`);
    this.gate.open();
    this.openBreaks = [];
    this.resume = undefined;
    await this.record(actor, { checked: false, force: true });
    return this.currentStatus();
  }

  /**
   * The only break is "no signed digest", on a log whose chains and unsigned digests (if any) all
   * verify, and no digest file lists a signed one: a log kept by an earlier version, or loaded
   * straight into the store. Only the digest file can tell that apart from a log whose signed digests
   * were deleted, which is why every instance should write to a digest file that outlives it.
   */
  private isFirstSignedStart(report: CheckedLog, open: CheckedBreak[]): boolean {
    return (
      report.signedDigests === 0 &&
      this.digestFileEntries === 0 &&
      open.length === 1 &&
      open[0]!.kind === 'DIGEST_MISSING' &&
      open[0]!.eventId === null
    );
  }

  private async check(): Promise<CheckedLog> {
    const digestFile = await readDigestFile(this.config.digestFile);
    this.digestFileEntries = digestFile.length;
    const report = await verifyLog(this.store, { trustedKeys: [this.signer.publicKey], digestFile });
    const acknowledged = await this.acknowledgedBreaks();
    const mark = (b: IntegrityBreak): CheckedBreak => ({ ...b, acknowledged: acknowledged.has(keyOf(b)) });
    return {
      ...report,
      firstBreak: report.firstBreak ? mark(report.firstBreak) : null,
      breaks: report.breaks.map(mark),
    };
  }

  private async acknowledgedBreaks(): Promise<Set<string>> {
    const keys = new Set<string>();
    for (const event of await this.store.readStream(ACKNOWLEDGEMENT_STREAM)) {
      if (event.type !== LOG_BREAK_ACKNOWLEDGED) continue;
      for (const b of (event.data as { breaks?: BreakKey[] }).breaks ?? []) keys.add(keyOf(b));
    }
    return keys;
  }

  private refuseWrites(reason: string, breaks: CheckedBreak[]): void {
    this.openBreaks = breaks;
    this.gate.close({ reason, since: this.clock.now().toISOString(), breaks: breaks.length });
    this.logger.error(
      `THE EVENT LOG FAILED ITS INTEGRITY CHECK: ${reason}. No digest is recorded and changes are refused until a system administrator acknowledges the break (acknowledgeLogBreak).`,
    );
    for (const b of breaks) {
      this.logger.error(
        `BROKEN ${b.kind} stream=${b.streamId} position=${b.streamPosition} event=${b.eventId ?? '-'}: ${b.message}`,
      );
    }
  }

  private currentStatus(): LogIntegrityStatus {
    const block = this.gate.blocked;
    return block
      ? { state: 'broken', since: block.since, reason: block.reason, breaks: this.openBreaks }
      : { state: 'ok', since: null, reason: null, breaks: [] };
  }
}
