import type { Locale } from '../app/i18n/locales.js';

// Each language is offered under its own name, whatever the current language is.
export const localeNames: Record<Locale, string> = {
  'zh-CN': '简体中文',
  'en-US': 'English',
};
