import { Segmented } from 'antd';
import { localeNames } from '../../locales/locale-names.js';
import { SUPPORTED_LOCALES } from '../i18n/locales.js';
import type { Locale } from '../i18n/locales.js';
import { useLocale } from '../i18n/useLocale.js';

// A segmented switch rather than a dropdown: both languages stay visible, and the login page avoids the menu code.
export default function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('layout.language')}
      value={locale}
      options={SUPPORTED_LOCALES.map((value) => ({ value, label: localeNames[value] }))}
      onChange={setLocale}
    />
  );
}
