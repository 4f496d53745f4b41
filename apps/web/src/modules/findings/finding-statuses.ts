import type { FindingSeverity } from '../../generated/graphql.js';

/** The finding lifecycle in order, as the API names it; the step bar and filters follow it. */
export const FINDING_STATUSES = [
  'LOGGED',
  'NOTIFIED',
  'RECTIFYING',
  'AWAITING_VERIFICATION',
  'CLOSED',
] as const;

export const FINDING_SEVERITIES: readonly FindingSeverity[] = ['HIGH', 'MEDIUM', 'LOW'];
