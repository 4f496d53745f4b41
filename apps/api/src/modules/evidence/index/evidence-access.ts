import { Injectable } from '@nestjs/common';
import { validation } from '@duban/domain';
import type { Actor, EvidenceRef } from '@duban/domain';
import { EvidenceFiles } from '../storage/evidence-files.js';
import type { StoredFile } from '../storage/stored-file.js';
import { EvidenceIndex } from './evidence-index.js';
import { mayDownloadEvidence } from './may-download-evidence.js';

/**
 * Who may reach an evidence file, in one place: `GET /files/:sha256` serves a file and an event may
 * cite it under the same rule (`mayDownloadEvidence`). Citing is how a file becomes visible to
 * others, so a file one may not download cannot be cited either: knowing its SHA-256 is not enough.
 */
@Injectable()
export class EvidenceAccess {
  constructor(
    private readonly files: EvidenceFiles,
    private readonly index: EvidenceIndex,
  ) {}

  /** The stored file when `actor` may download it; null when it is unknown or not theirs alike. */
  async readable(actor: Actor, sha256: string): Promise<(StoredFile & { uploadedBy: string[] }) | null> {
    const file = await this.files.describe(sha256);
    if (!file) return null;
    return mayDownloadEvidence(actor, await this.index.subjectsOf(sha256), file.uploadedBy) ? file : null;
  }

  /**
   * Events may cite only files their author may download: a made-up hash would be a dangling
   * reference, and someone else's hash would hand their file to whoever sees the event. Both are
   * refused with the same `EVIDENCE_NOT_FOUND`, so the answer tells nothing about files one may not
   * see. Command handlers call this before deciding; the deciders stay free of I/O.
   *
   * Returns the references as the server stored the files: name, content type and size come from
   * the upload, never from the request (a client could otherwise record `evil.html` as `text/html`
   * for a `.txt`). Other fields of a reference are dropped; the list keeps its order and repeats.
   */
  async cite(actor: Actor, refs: readonly EvidenceRef[] | null | undefined): Promise<EvidenceRef[]> {
    // Each file is looked up once: a list repeating one hash ten thousand times costs one lookup.
    const stored = new Map<string, EvidenceRef>();
    const cited: EvidenceRef[] = [];
    for (const [index, ref] of (refs ?? []).entries()) {
      const sha256 = typeof ref?.sha256 === 'string' ? ref.sha256.toLowerCase() : '';
      let known = stored.get(sha256);
      if (!known) {
        const file = await this.readable(actor, sha256);
        if (!file) {
          throw validation(
            'EVIDENCE_NOT_FOUND',
            `evidence[${index}]: no file with this SHA-256 that you uploaded or may see`,
            { field: `evidence[${index}].sha256`, value: ref?.sha256 },
          );
        }
        known = { sha256, name: file.name, size: file.size, contentType: file.contentType };
        stored.set(sha256, known);
      }
      cited.push(known);
    }
    return cited;
  }
}
