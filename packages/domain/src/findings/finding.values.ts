export const FINDING_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** NONE means the stream holds no finding yet. Overdue is not a status: see `isFindingOverdue`. */
export const FINDING_STATUSES = [
  'LOGGED',
  'NOTIFIED',
  'RECTIFYING',
  'AWAITING_VERIFICATION',
  'CLOSED',
] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Reminders sent automatically: once when the deadline comes near, once when it has passed. */
export const REMINDER_THRESHOLDS = ['DUE_IN_N_DAYS', 'OVERDUE'] as const;
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number];
