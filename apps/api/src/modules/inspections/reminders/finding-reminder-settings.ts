import { ConfigError } from '../../../core/config/config-error.js';

/** Days before a rectification deadline at which the unit is reminded, unless configured otherwise. */
export const DEFAULT_REMIND_DAYS_BEFORE = 3;
const MAX_REMIND_DAYS_BEFORE = 366;

export interface FindingReminderSettings {
  /** N of the "due in N days" reminder; 0 sends only the overdue one. */
  remindDaysBefore: number;
}

/** Reads DUBAN_REMIND_DAYS_BEFORE once, at start; a bad value stops the start with a clear message. */
export function loadFindingReminderSettings(
  env: Record<string, string | undefined>,
): FindingReminderSettings {
  const raw = env.DUBAN_REMIND_DAYS_BEFORE?.trim();
  if (raw === undefined || raw === '') return { remindDaysBefore: DEFAULT_REMIND_DAYS_BEFORE };
  if (!/^\d+$/.test(raw) || Number(raw) > MAX_REMIND_DAYS_BEFORE) {
    throw new ConfigError([
      `DUBAN_REMIND_DAYS_BEFORE must be a whole number of days from 0 to ${MAX_REMIND_DAYS_BEFORE} (got "${raw}")`,
    ]);
  }
  return { remindDaysBefore: Number(raw) };
}
