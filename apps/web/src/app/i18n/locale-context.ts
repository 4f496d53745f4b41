import { createContext } from 'react';
import type { Locale } from './locales.js';
import type { Translator } from './translate.js';

export interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translator;
}

export const LocaleContext = createContext<LocaleContextValue | null>(null);
