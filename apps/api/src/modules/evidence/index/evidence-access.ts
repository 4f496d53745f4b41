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
   */
  async assertMayCite(actor: Actor, refs: readonly EvidenceRef[] | null | undefined): Promise<void> {
    // Each file is looked up once: a list repeating one hash ten thousand times costs one lookup.
    const checked = new Set<string>();
    for (const [index, ref] of (refs ?? []).entries()) {
      const sha256 = typeof ref?.sha256 === 'string' ? ref.sha256.toLowerCase() : '';
      if (checked.has(sha256)) continue;
      checked.add(sha256);
      if (!(await this.readable(actor, sha256))) {
        throw validation(
          'EVIDENCE_NOT_FOUND',
          `evidence[${index}]: no file with this SHA-256 that you uploaded or may see`,
          { field: `evidence[${index}].sha256`, value: ref?.sha256 },
        );
      }
    }
  }
}
