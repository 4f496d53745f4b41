/** One event of the log as the audit screen shows it. */
export interface AuditEntry {
  eventId: string;
  type: string;
  streamId: string;
  occurredAt: Date;
  actorUserId: string;
  actorRole: string;
  actorUnitId: string | null;
  /** Display name of the acting account; null for the system and for unknown ids. */
  actorName: string | null;
  actorUnitName: string | null;
  correlationId: string | null;
  summary: string;
}

export interface AuditLogPage {
  items: AuditEntry[];
  nextCursor: string | null;
  total: number;
}
