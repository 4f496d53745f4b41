import type { Actor } from '@duban/domain';
import type { EvidenceSubject } from './evidence-index.js';

/**
 * A file may be fetched by whoever may see a task or finding that cites it, and by its uploader
 * before it is cited. Every signed-in role reads the district's tasks and findings (the read model's
 * rule), so any citation opens the file to them; an uncited upload stays with its uploader.
 */
export function mayDownloadEvidence(
  actor: Actor,
  subjects: readonly EvidenceSubject[],
  uploadedBy: readonly string[],
): boolean {
  return subjects.length > 0 || uploadedBy.includes(actor.userId);
}
