import { ConfigError } from '../config/config-error.js';

/** One minute: reminders are about days, so a pass a minute is prompt and cheap. */
export const DEFAULT_URGE_INTERVAL_MS = 60_000;

export interface ProcessManagerSettings {
  /** How often the deadline watchers run; 0 turns automatic reminders off. */
  urgeIntervalMs: number;
}

/** Reads the process managers' settings from the environment once, at start. */
export function loadProcessManagerSettings(env: Record<string, string | undefined>): ProcessManagerSettings {
  const raw = env.DUBAN_URGE_INTERVAL_MS?.trim();
  if (raw === undefined || raw === '') return { urgeIntervalMs: DEFAULT_URGE_INTERVAL_MS };
  if (!/^\d+$/.test(raw) || Number(raw) > 24 * 60 * 60 * 1000) {
    throw new ConfigError([
      `DUBAN_URGE_INTERVAL_MS must be a whole number of milliseconds up to one day, 0 for off (got "${raw}")`,
    ]);
  }
  return { urgeIntervalMs: Number(raw) };
}
