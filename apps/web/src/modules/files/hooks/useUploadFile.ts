import { useCallback } from 'react';
import { HttpError } from '../model/http-error.js';
import type { StoredFile } from '../model/stored-file.js';
import { useAuthorizedFetch } from './useAuthorizedFetch.js';

/** Uploads one evidence file to POST /files; the mutation then refers to it by its SHA-256. */
export function useUploadFile(): (file: File) => Promise<StoredFile> {
  const authorizedFetch = useAuthorizedFetch();
  return useCallback(
    async (file: File) => {
      const body = new FormData();
      body.append('file', file, file.name);
      const response = await authorizedFetch('/files', { method: 'POST', body });
      if (!response.ok) throw await HttpError.from(response);
      const stored = (await response.json()) as StoredFile;
      return { sha256: stored.sha256, name: stored.name, size: stored.size, contentType: stored.contentType };
    },
    [authorizedFetch],
  );
}
