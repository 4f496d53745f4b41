import type { TimelineEntry } from '../../core/projection/timeline-entry.js';
import type { EvidenceByEvent } from '../evidence/projections/evidence-by-event.js';
import type { TimelineEntryObject } from './graphql/timeline-entry.object.js';
import type { ReadView } from './read-view.js';

/**
 * Timeline rows with unit names and the files each event cites, cut at `asOf` when the subject is
 * shown as of a past time.
 */
export function toTimelineObjects(
  entries: TimelineEntry[],
  view: ReadView,
  asOf: string | null,
  evidence: EvidenceByEvent = new Map(),
): TimelineEntryObject[] {
  const limit = asOf ? Date.parse(asOf) : Number.POSITIVE_INFINITY;
  return entries
    .filter((e) => Date.parse(e.at) <= limit)
    .map((e) => ({
      id: e.id,
      seq: e.seq,
      type: e.type,
      at: e.at,
      actorUserId: e.actorUserId,
      actorRole: e.actorRole,
      actorUnitId: e.actorUnitId,
      actorUnitName: view.unitName(e.actorUnitId),
      unitId: e.unitId,
      unitName: view.unitName(e.unitId),
      reason: e.reason,
      note: e.note,
      changes: e.changes,
      evidence: evidence.get(e.id) ?? [],
    }));
}
