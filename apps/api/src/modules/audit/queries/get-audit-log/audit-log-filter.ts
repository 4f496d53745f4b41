/** Which events the audit log shows; every given part must match. */
export interface AuditLogFilter {
  /** The acting person. */
  userId?: string | null;
  /** The acting person's unit. */
  unitId?: string | null;
  types?: readonly string[] | null;
  /** Inclusive. */
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
}
