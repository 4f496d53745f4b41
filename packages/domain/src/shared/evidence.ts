import { validation } from './domain-error.js';
import { TEXT_LIMITS, requireInteger, requireText } from './validation.js';

/**
 * A reference to an uploaded evidence file (佐证材料). Files live in blob storage addressed by their
 * SHA-256; events carry only this reference.
 */
export interface EvidenceRef {
  sha256: string;
  name: string;
  size: number;
  contentType: string;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Validates a list of evidence references; a file may be attached once per list. */
export const requireEvidence = (field: string, value: unknown): EvidenceRef[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw validation('VALIDATION', `${field}: must be a list`, { field, value });
  const refs = value.map((item: unknown, index): EvidenceRef => {
    const at = `${field}[${index}]`;
    if (typeof item !== 'object' || item === null) {
      throw validation('VALIDATION', `${at}: must be an evidence reference`, { field: at, value: item });
    }
    const ref = item as Record<string, unknown>;
    const sha256 = typeof ref.sha256 === 'string' ? ref.sha256.toLowerCase() : ref.sha256;
    if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
      throw validation('VALIDATION', `${at}.sha256: must be 64 hexadecimal characters`, {
        field: `${at}.sha256`,
        value: ref.sha256,
      });
    }
    return {
      sha256,
      name: requireText(`${at}.name`, ref.name, TEXT_LIMITS.fileName),
      size: requireInteger(`${at}.size`, ref.size, 0, Number.MAX_SAFE_INTEGER),
      contentType: requireText(`${at}.contentType`, ref.contentType, TEXT_LIMITS.contentType),
    };
  });
  if (new Set(refs.map((ref) => ref.sha256)).size !== refs.length) {
    throw validation('VALIDATION', `${field}: must not attach the same file twice`, { field });
  }
  return refs;
};
