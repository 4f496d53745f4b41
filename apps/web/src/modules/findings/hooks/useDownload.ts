import { App } from 'antd';
import { useCallback } from 'react';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useAuthorizedFetch } from './useAuthorizedFetch.js';

/** Downloads a protected file (evidence, notice Markdown) and hands it to the browser under its name. */
export function useDownload(): (url: string, fileName: string) => Promise<void> {
  const authorizedFetch = useAuthorizedFetch();
  const describeError = useErrorMessage();
  const { message } = App.useApp();
  return useCallback(
    async (url: string, fileName: string) => {
      try {
        const response = await authorizedFetch(url);
        if (!response.ok)
          throw Object.assign(new Error(response.statusText), { statusCode: response.status });
        const blob = await response.blob();
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = fileName;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      } catch (error) {
        void message.error(describeError(error));
      }
    },
    [authorizedFetch, describeError, message],
  );
}
