import type { MessageKey } from '../../../app/i18n/message-key.js';

export interface UrgeLike {
  mode: string;
  threshold?: string | null;
  message?: string | null;
  urgedAt: string;
}

export interface UrgeReason {
  key: MessageKey;
  params?: Record<string, string | number>;
}

const DUE_IN = /^DUE_IN_(\d+)_DAYS$/;

/**
 * Why an urge was sent, in words: the system's own urges carry a threshold code (`OVERDUE`,
 * `DUE_IN_<n>_DAYS`) that people read as "past its deadline" or "due in n days"; the office's urges
 * carry their message. Null when there is nothing to say.
 */
export function urgeReason(urge: UrgeLike): UrgeReason | null {
  if (urge.threshold) {
    if (urge.threshold === 'OVERDUE') return { key: 'tasks.urges.reasons.overdue' };
    const dueIn = DUE_IN.exec(urge.threshold);
    if (dueIn) return { key: 'tasks.urges.reasons.dueIn', params: { days: Number(dueIn[1]) } };
    return { key: 'tasks.urges.reasons.unknown' };
  }
  return null;
}

/** Whether the urge came from the system's deadline watcher rather than a person. */
export const isAutomaticUrge = (urge: UrgeLike): boolean =>
  urge.mode === 'AUTOMATIC' || Boolean(urge.threshold);

/** A task's urges, newest first. */
export function newestUrgesFirst<U extends UrgeLike>(urges: readonly U[]): U[] {
  return [...urges].sort((a, b) => b.urgedAt.localeCompare(a.urgedAt));
}
