import type { Actor } from '@duban/domain';
import { readAccess } from '../../read-model/read-access.js';
import type { EvidenceSubject } from './evidence-index.js';

/**
 * A file may be fetched by whoever may see a task or finding that cites it, and by its uploader
 * before it is cited. Every signed-in role reads the district's tasks and notified findings (the read
 * model's rule), so such a citation opens the file to them; a finding not yet notified is the team's
 * working note, so its files stay hidden from unit officers as the finding itself is. An uncited
 * upload stays with its uploader. The same rule decides which files a command may cite
 * (`EvidenceAccess.cite`), since citing a file opens it to whoever sees the citation.
 */
export function mayDownloadEvidence(
  actor: Actor,
  subjects: readonly EvidenceSubject[],
  uploadedBy: readonly string[],
): boolean {
  if (uploadedBy.includes(actor.userId)) return true;
  return subjects.some(
    (subject) =>
      subject.kind === 'TASK' || subject.notified === true || readAccess.seesUnnotifiedFindings(actor),
  );
}
