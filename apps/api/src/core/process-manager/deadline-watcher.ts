import { Logger } from '@nestjs/common';
import type { Clock } from '../clock/clock.js';

/** Something with a deadline that may be reminded of it: a task, a finding. */
export interface DeadlineCandidate {
  /** Stable id of the subject (task id, finding id). */
  id: string;
  /** Calendar date `YYYY-MM-DD`, due by the end of that day, district time. */
  deadline: string;
  /** Thresholds already sent for this deadline, as the subject's own stream records them. */
  sent: readonly string[];
}

/** Which threshold, if any, is due for a candidate now: the policy half of a watcher. */
export type ThresholdPolicy<C extends DeadlineCandidate> = (candidate: C, now: Date) => string | null;

export interface DeadlineWatcherOptions<C extends DeadlineCandidate> {
  /** For logs. */
  name: string;
  clock: Clock;
  /** The subjects that may need a reminder now (open ones with a deadline). */
  candidates: (now: Date) => Promise<C[]>;
  policy: ThresholdPolicy<C>;
  /** Runs the command for one threshold (UrgeTask, RemindFinding) as the system actor. */
  send: (candidate: C, threshold: string) => Promise<void>;
  /**
   * Refusals that only mean someone else got there first (another instance sent it, the subject was
   * closed meanwhile, the stream moved): counted as done, not logged as failures.
   */
  isAlreadyDone: (error: unknown) => boolean;
}

export interface TickOutcome {
  sent: number;
  alreadyDone: number;
  failed: number;
}

/**
 * Runs on a timer in every API instance and sends each due reminder. It keeps no state that matters:
 * "sent once per threshold" is the subject's own stream (the domain refuses a second one, and the
 * command's idempotency key and expected version make a race end with one event), so restarts and
 * several instances at once cannot double a reminder.
 */
export class DeadlineWatcher<C extends DeadlineCandidate> {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<TickOutcome> | null = null;

  constructor(private readonly options: DeadlineWatcherOptions<C>) {
    this.logger = new Logger(options.name);
  }

  /** One pass over the candidates. Concurrent calls share the pass in progress. */
  tick(): Promise<TickOutcome> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      this.tick().catch((error: unknown) => this.logger.error(`pass failed: ${(error as Error).message}`));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  private async pass(): Promise<TickOutcome> {
    const now = this.options.clock.now();
    const outcome: TickOutcome = { sent: 0, alreadyDone: 0, failed: 0 };
    for (const candidate of await this.options.candidates(now)) {
      const threshold = this.options.policy(candidate, now);
      if (threshold === null) continue;
      try {
        await this.options.send(candidate, threshold);
        outcome.sent++;
      } catch (error) {
        if (this.options.isAlreadyDone(error)) {
          outcome.alreadyDone++;
        } else {
          outcome.failed++;
          this.logger.warn(`${threshold} for ${candidate.id} failed: ${(error as Error).message}`);
        }
      }
    }
    return outcome;
  }
}
