import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { LocaleContext } from '../i18n/locale-context.js';
import type { LocaleContextValue } from '../i18n/locale-context.js';
import { readStoredLocale, storeLocale } from '../i18n/locale-storage.js';
import type { Locale } from '../i18n/locales.js';
import { createTranslator } from '../i18n/translate.js';

const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

export default function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => readStoredLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = createTranslator(locale)('common.appFullName');
    dayjs.locale(DAYJS_LOCALES[locale]);
  }, [locale]);

  const value = useMemo<LocaleContextValue>(
    () => ({
      locale,
      t: createTranslator(locale),
      setLocale: (next) => {
        storeLocale(next);
        setLocaleState(next);
      },
    }),
    [locale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
