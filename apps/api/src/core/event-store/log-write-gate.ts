import { Injectable } from '@nestjs/common';
import { invalidState } from '@duban/domain';

/** Why writes are refused: the log failed its check at start (ADR 0014). */
export interface LogWriteBlock {
  reason: string;
  since: string;
  /** How many breaks the check found that no administrator has acknowledged. */
  breaks: number;
}

/**
 * Refuses every command's append while the event log is known to be broken: the start check found
 * a break no administrator has acknowledged. Writing on would bury the break under new, honestly
 * signed digests. Reads go on; only an administrator's acknowledgement reopens writes.
 */
@Injectable()
export class LogWriteGate {
  private block: LogWriteBlock | null = null;

  get blocked(): LogWriteBlock | null {
    return this.block;
  }

  close(block: LogWriteBlock): void {
    this.block = block;
  }

  open(): void {
    this.block = null;
  }

  assertOpen(): void {
    if (!this.block) return;
    throw invalidState(
      'LOG_INTEGRITY_BROKEN',
      'The event log failed its integrity check; changes are refused until an administrator acknowledges the break',
      { since: this.block.since, breaks: this.block.breaks },
    );
  }
}
