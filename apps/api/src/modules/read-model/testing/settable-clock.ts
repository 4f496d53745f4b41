import { Clock } from '../../../core/clock/clock.js';

/** A clock a test sets by hand. */
export class SettableClock extends Clock {
  constructor(private at: Date) {
    super();
  }

  set(at: Date): void {
    this.at = at;
  }

  override now(): Date {
    return new Date(this.at);
  }
}
