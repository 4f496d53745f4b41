/** One field a change altered, as text so every kind of value fits one shape. */
export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** A row of a task's or finding's timeline: who did what, when and why, and what it changed. */
export interface TimelineEntry {
  /** The event id. */
  id: string;
  /** The task or finding. */
  subjectId: string;
  /** Position of the event in the subject's stream: the timeline's order. */
  seq: number;
  type: string;
  at: string;
  actorUserId: string | null;
  actorRole: string | null;
  actorUnitId: string | null;
  /** The unit the event concerns (the acknowledging unit, the new lead, the finding's unit). */
  unitId: string | null;
  /** Why: the reason, comment or message given with the change. */
  reason: string | null;
  /** What was said: a progress narrative, a completion summary, a plan. */
  note: string | null;
  changes: FieldChange[];
}
