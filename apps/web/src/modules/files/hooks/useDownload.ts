import { useCallback } from 'react';
import { HttpError } from '../model/http-error.js';
import { useAuthorizedFetch } from './useAuthorizedFetch.js';

/** The name the server gave in Content-Disposition (RFC 5987 form first), else the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name is not worth failing the download for.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * Downloads behind the bearer token cannot be plain links: the file is fetched with the token and
 * handed to the browser as a blob under the server's file name.
 */
export function useDownload(): (url: string, fallbackName: string) => Promise<void> {
  const authorizedFetch = useAuthorizedFetch();
  return useCallback(
    async (url: string, fallbackName: string) => {
      const response = await authorizedFetch(url);
      if (!response.ok) throw await HttpError.from(response);
      const blob = await response.blob();
      const href = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = href;
      anchor.download = fileNameOf(response, fallbackName);
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // Revoked on the next turn so the browser has started reading the blob.
      setTimeout(() => URL.revokeObjectURL(href), 0);
    },
    [authorizedFetch],
  );
}
