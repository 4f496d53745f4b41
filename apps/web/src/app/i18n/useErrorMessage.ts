import { useCallback } from 'react';
import { readCodedError } from '../apollo/read-coded-error.js';
import { errorMessage } from './error-message.js';
import { useT } from './useT.js';

/** Turns any error thrown by an operation into a translated sentence for the user. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return useCallback((error: unknown) => errorMessage(t, readCodedError(error)), [t]);
}
