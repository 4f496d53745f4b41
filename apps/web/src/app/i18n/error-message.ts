import type { Translator } from './translate.js';

export interface CodedError {
  code: string;
  reason?: string | undefined;
  /** The plain values of the error's details (an indicator's name, a bound), for the message. */
  params?: Record<string, string | number> | undefined;
}

/**
 * The user-facing text for a coded API error: the specific reason when the catalogue knows it,
 * else the general class, else a generic message, never the raw server text.
 */
export function errorMessage(t: Translator, error: CodedError): string {
  return (
    (error.reason ? t.lookup(`errors.reason.${error.reason}`, error.params) : undefined) ??
    t.lookup(`errors.code.${error.code}`) ??
    t('errors.code.UNKNOWN')
  );
}
