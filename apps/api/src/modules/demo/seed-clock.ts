import { Clock } from '../../core/clock/clock.js';

/** District time: the demo's days are written as the office would see them, in UTC+8. */
const DISTRICT_OFFSET = '+08:00';
const START_OF_WORKDAY = '09:00:00';
/** Steps on the same day are spaced so the log reads in the order they happened. */
const STEP_MS = 7 * 60 * 1000;

/** The clock the demo seed runs its commands on, so the seeded events carry the report's dates. */
export class SeedClock extends Clock {
  private at = new Date(`2024-01-02T${START_OF_WORKDAY}${DISTRICT_OFFSET}`);
  private day = '';

  override now(): Date {
    return new Date(this.at);
  }

  /** Moves to a day (`YYYY-MM-DD`): its working morning, or a few minutes on if already there. */
  on(day: string): void {
    const next =
      day === this.day
        ? new Date(this.at.getTime() + STEP_MS)
        : new Date(`${day}T${START_OF_WORKDAY}${DISTRICT_OFFSET}`);
    // Never back in time: a later step on an earlier day would disorder the timeline.
    this.at = next.getTime() > this.at.getTime() ? next : new Date(this.at.getTime() + STEP_MS);
    this.day = day;
  }
}
