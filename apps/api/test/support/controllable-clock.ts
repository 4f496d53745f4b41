import { Clock } from '../../src/core/clock/clock.js';

/** A clock tests set and move by hand, so deadlines and thresholds are reached when the test says. */
export class ControllableClock extends Clock {
  constructor(private at: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.at);
  }

  set(iso: string): void {
    this.at = new Date(iso);
  }

  advanceDays(days: number): void {
    this.at = new Date(this.at.getTime() + days * 24 * 60 * 60 * 1000);
  }
}
