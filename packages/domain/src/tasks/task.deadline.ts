import type { TaskStatus } from './task.events.js';

/** What deadline rules read of a task: a task state, a read-model row or a figures input alike. */
export type TaskDeadlineFacts =
  { status: 'NONE' } | { status: TaskStatus; deadline: string; completionRequestedAt: string | null };

/** The district keeps China Standard Time; a deadline date ends at midnight there. */
export const DISTRICT_UTC_OFFSET_MINUTES = 8 * 60;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DeadlineOptions {
  /** Offset of the district's local time from UTC, in minutes. */
  utcOffsetMinutes?: number;
}

/** Instant (epoch ms) at which a `YYYY-MM-DD` deadline has passed: the following local midnight. */
export const deadlineEndsAt = (deadline: string, options: DeadlineOptions = {}): number => {
  const [year, month, day] = deadline.split('-').map(Number) as [number, number, number];
  const offset = options.utcOffsetMinutes ?? DISTRICT_UTC_OFFSET_MINUTES;
  return Date.UTC(year, month - 1, day + 1) - offset * 60 * 1000;
};

/** Whether something done at `at` (ISO) met the deadline. */
export const isWithinDeadline = (deadline: string, at: string, options: DeadlineOptions = {}): boolean =>
  Date.parse(at) < deadlineEndsAt(deadline, options);

/** Statuses in which the task is issued and its units still owe something. */
export const OPEN_TASK_STATUSES = ['ASSIGNED', 'IN_PROGRESS', 'AWAITING_REVIEW', 'HANDOFF_PENDING'] as const;

export const isOpenTask = (state: TaskDeadlineFacts): boolean =>
  (OPEN_TASK_STATUSES as readonly string[]).includes(state.status);

/**
 * Overdue (逾期) is derived, never stored: an open task whose deadline has passed. A task awaiting review
 * is judged by when the lead asked for completion, since the wait for review is not the unit's delay.
 */
export const isOverdue = (state: TaskDeadlineFacts, now: string, options: DeadlineOptions = {}): boolean => {
  if (state.status === 'NONE' || !isOpenTask(state)) return false;
  const at =
    state.status === 'AWAITING_REVIEW' && state.completionRequestedAt ? state.completionRequestedAt : now;
  return !isWithinDeadline(state.deadline, at, options);
};

export type TrafficLight = 'GREEN' | 'YELLOW' | 'RED';

/**
 * Green on track, yellow when the deadline is within `yellowDays` days, red when overdue; null for a
 * task that is not open (draft, completed, cancelled, removed).
 */
export const trafficLight = (
  state: TaskDeadlineFacts,
  now: string,
  yellowDays: number,
  options: DeadlineOptions = {},
): TrafficLight | null => {
  if (state.status === 'NONE' || !isOpenTask(state)) return null;
  if (isOverdue(state, now, options)) return 'RED';
  if (state.status === 'AWAITING_REVIEW') return 'GREEN';
  const remaining = deadlineEndsAt(state.deadline, options) - Date.parse(now);
  return remaining <= yellowDays * DAY_MS ? 'YELLOW' : 'GREEN';
};

const THRESHOLD = /^(OVERDUE|DUE_IN_([1-9]\d{0,2})_DAYS)$/;

/** Parses an automatic-urge threshold: `OVERDUE` or `DUE_IN_<n>_DAYS`; null when malformed. */
export const parseUrgeThreshold = (
  threshold: string,
): { kind: 'OVERDUE' } | { kind: 'DUE_IN'; days: number } | null => {
  const match = THRESHOLD.exec(threshold);
  if (!match) return null;
  return match[2] === undefined ? { kind: 'OVERDUE' } : { kind: 'DUE_IN', days: Number(match[2]) };
};

/** Whether `now` has reached the point at which an automatic urge with this threshold is due. */
export const isUrgeThresholdReached = (
  threshold: { kind: 'OVERDUE' } | { kind: 'DUE_IN'; days: number },
  deadline: string,
  now: string,
  options: DeadlineOptions = {},
): boolean => {
  const end = deadlineEndsAt(deadline, options);
  const at = Date.parse(now);
  return threshold.kind === 'OVERDUE' ? at >= end : at >= end - threshold.days * DAY_MS;
};
