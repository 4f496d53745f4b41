import type { Translator } from './translate.js';
import { useLocale } from './useLocale.js';

/** The translator for the current language: `t('auth.submit')`, `t('dashboard.welcome', { name })`. */
export function useT(): Translator {
  return useLocale().t;
}
