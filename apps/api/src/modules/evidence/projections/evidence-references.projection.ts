import type { EvidenceRef } from '@duban/domain';
import type { ReadAllEvent } from '@duban/event-store';
import type { FoldSpec } from '../../../core/projection/document-projection.js';
import { occurredAt } from '../../../core/projection/event-time.js';
import { EVIDENCE_REFERENCES_TABLE } from './evidence-references.table.js';

/** Events that carry evidence, and whether their subject is a task or a finding. */
const CARRIERS: ReadonlyMap<string, 'TASK' | 'FINDING'> = new Map([
  ['TaskProgressReported', 'TASK'],
  ['TaskCompletionRequested', 'TASK'],
  ['FindingLogged', 'FINDING'],
  ['RectificationProgressReported', 'FINDING'],
  ['FindingClosureRequested', 'FINDING'],
] as const);

interface Carrier {
  taskId?: string;
  findingId?: string;
  unitId?: string;
  leadUnitId?: string;
  evidence?: EvidenceRef[];
}

/** Which files back which task and finding events: the trail from a figure to its evidence. */
export const evidenceReferencesProjection: FoldSpec = {
  name: 'evidence-references',
  // 2: each reference keeps its place in the event's list, so screens show files in the order given.
  version: 2,
  tables: [EVIDENCE_REFERENCES_TABLE],
  handles: new Set(CARRIERS.keys()),
  reads: () => [],
  fold(event: ReadAllEvent, store) {
    const kind = CARRIERS.get(event.type);
    const data = event.data as Carrier;
    const subjectId = kind === 'TASK' ? data.taskId : data.findingId;
    if (!kind || !subjectId || !store.keepsLogs) return;
    for (const [position, file] of (data.evidence ?? []).entries()) {
      store.append(EVIDENCE_REFERENCES_TABLE, {
        id: `${event.id}:${file.sha256}`,
        sha256: file.sha256,
        name: file.name,
        size: file.size,
        contentType: file.contentType,
        position,
        subjectKind: kind,
        subjectId,
        eventId: event.id,
        eventType: event.type,
        unitId: data.unitId ?? data.leadUnitId ?? null,
        attachedBy: event.metadata?.actor?.userId ?? null,
        attachedAt: occurredAt(event),
      });
    }
  },
};
