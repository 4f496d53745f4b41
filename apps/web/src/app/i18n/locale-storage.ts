import { DEFAULT_LOCALE, isLocale } from './locales.js';
import type { Locale } from './locales.js';

const STORAGE_KEY = 'duban.locale';

/** The chosen language survives reloads; anyone who never chose gets Chinese. */
export function readStoredLocale(storage: Storage | undefined = globalThis.localStorage): Locale {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}
