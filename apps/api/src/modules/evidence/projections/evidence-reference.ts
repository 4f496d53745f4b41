/** One attachment of an evidence file (佐证材料) to a task or finding event. */
export interface EvidenceReference {
  /** `<eventId>:<sha256>`. */
  id: string;
  sha256: string;
  name: string;
  size: number;
  contentType: string;
  /** Where the event lists it among its files (0 first). */
  position: number;
  subjectKind: 'TASK' | 'FINDING';
  subjectId: string;
  eventId: string;
  eventType: string;
  unitId: string | null;
  attachedBy: string | null;
  attachedAt: string;
}
