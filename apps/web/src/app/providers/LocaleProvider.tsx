import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { catalogueRegistry } from '../i18n/catalogues.js';
import { LocaleContext } from '../i18n/locale-context.js';
import type { LocaleContextValue } from '../i18n/locale-context.js';
import { readStoredLocale, storeLocale } from '../i18n/locale-storage.js';
import { DEFAULT_LOCALE } from '../i18n/locales.js';
import type { Locale } from '../i18n/locales.js';
import { createTranslator } from '../i18n/translate.js';

const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

export default function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => readStoredLocale());
  const catalogues = useSyncExternalStore(catalogueRegistry.subscribe, catalogueRegistry.snapshot);
  const ready = catalogueRegistry.isLoaded(locale);

  useEffect(() => {
    // A stored English choice waits for its catalogue rather than flashing Chinese first.
    if (!ready) catalogueRegistry.load(locale).catch(() => setLocaleState(DEFAULT_LOCALE));
  }, [locale, ready]);

  useEffect(() => {
    if (!ready) return;
    document.documentElement.lang = locale;
    document.title = createTranslator(locale, catalogues)('common.appFullName');
    dayjs.locale(DAYJS_LOCALES[locale]);
  }, [locale, ready, catalogues]);

  const setLocale = useCallback((next: Locale) => {
    // The page keeps its current language until the chosen one has arrived.
    catalogueRegistry.load(next).then(
      () => {
        storeLocale(next);
        setLocaleState(next);
      },
      () => undefined,
    );
  }, []);

  const value = useMemo<LocaleContextValue>(
    () => ({ locale, t: createTranslator(locale, catalogues), setLocale }),
    [locale, catalogues, setLocale],
  );
  if (!ready) return null;
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
