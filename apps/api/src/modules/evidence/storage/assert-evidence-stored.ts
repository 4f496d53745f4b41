import { validation } from '@duban/domain';
import type { EvidenceRef } from '@duban/domain';
import type { EvidenceFiles } from './evidence-files.js';

/** Events may only cite files that were uploaded; a made-up hash would be a dangling reference. */
export async function assertEvidenceStored(
  files: EvidenceFiles,
  refs: readonly EvidenceRef[] | undefined,
): Promise<void> {
  // Each file is looked up once: a list repeating one hash ten thousand times costs one lookup.
  const checked = new Set<string>();
  for (const [index, ref] of (refs ?? []).entries()) {
    const sha256 = typeof ref?.sha256 === 'string' ? ref.sha256.toLowerCase() : '';
    if (checked.has(sha256)) continue;
    checked.add(sha256);
    if (!(await files.has(sha256))) {
      throw validation('EVIDENCE_NOT_FOUND', `evidence[${index}]: no uploaded file has this SHA-256`, {
        field: `evidence[${index}].sha256`,
        value: ref?.sha256,
      });
    }
  }
}
