import { useCallback } from 'react';
import type { EvidenceRefInput } from '../../../generated/graphql.js';
import { useAuthorizedFetch } from './useAuthorizedFetch.js';

/** Stores one file through POST /files and returns the reference a command carries as evidence. */
export function useUploadEvidence(): (file: File) => Promise<EvidenceRefInput> {
  const authorizedFetch = useAuthorizedFetch();
  return useCallback(
    async (file: File) => {
      const body = new FormData();
      body.append('file', file, file.name);
      const response = await authorizedFetch('/files', { method: 'POST', body });
      if (!response.ok) throw new Error(`upload failed with ${response.status}`);
      const stored = (await response.json()) as EvidenceRefInput;
      return { sha256: stored.sha256, name: stored.name, size: stored.size, contentType: stored.contentType };
    },
    [authorizedFetch],
  );
}
