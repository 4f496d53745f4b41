import type { ReadTables } from '../../../core/projection/read-tables.js';
import type { EvidenceRefObject } from '../graphql/evidence-ref.object.js';
import { FILES_PATH } from '../http/evidence-routes.js';
import type { EvidenceReference } from './evidence-reference.js';
import { EVIDENCE_REFERENCES_TABLE } from './evidence-references.table.js';

/** The files each event of one task or finding cites, in the order the event lists them. */
export type EvidenceByEvent = ReadonlyMap<string, EvidenceRefObject[]>;

export const toEvidenceRefObject = (
  ref: Pick<EvidenceReference, 'sha256' | 'name' | 'size' | 'contentType'>,
): EvidenceRefObject => ({
  sha256: ref.sha256,
  name: ref.name,
  size: ref.size,
  contentType: ref.contentType,
  downloadPath: `${FILES_PATH}/${ref.sha256}`,
});

/** One indexed read for a whole timeline, so its entries never ask one by one. */
export async function evidenceByEvent(tables: ReadTables, subjectId: string): Promise<EvidenceByEvent> {
  const { rows } = await tables.db.sql.query<{ doc: EvidenceReference }>(
    `select doc from ${tables.name(EVIDENCE_REFERENCES_TABLE)} where subject_id = $1`,
    [subjectId],
  );
  const byEvent = new Map<string, EvidenceReference[]>();
  for (const { doc } of rows) {
    const refs = byEvent.get(doc.eventId) ?? [];
    refs.push(doc);
    byEvent.set(doc.eventId, refs);
  }
  return new Map(
    [...byEvent].map(([eventId, refs]) => [
      eventId,
      refs.sort((a, b) => a.position - b.position).map(toEvidenceRefObject),
    ]),
  );
}
