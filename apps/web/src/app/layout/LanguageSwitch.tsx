import { theme } from 'antd';
import { localeNames } from '../../locales/locale-names.js';
import { SUPPORTED_LOCALES } from '../i18n/locales.js';
import { useLocale } from '../i18n/useLocale.js';

// Two plain buttons rather than antd's Segmented or a dropdown: both languages stay visible, and the
// login page and the layout carry no extra component code for a two-way choice.
export default function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
  const { token } = theme.useToken();
  return (
    <div
      role="radiogroup"
      aria-label={t('layout.language')}
      style={{
        display: 'inline-flex',
        padding: 2,
        gap: 2,
        borderRadius: token.borderRadiusSM + 2,
        background: token.colorFillTertiary,
      }}
    >
      {SUPPORTED_LOCALES.map((value) => {
        const chosen = value === locale;
        return (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={chosen}
            onClick={() => setLocale(value)}
            style={{
              border: 0,
              cursor: 'pointer',
              padding: '0 8px',
              whiteSpace: 'nowrap',
              lineHeight: '20px',
              fontSize: token.fontSizeSM,
              borderRadius: token.borderRadiusSM,
              color: chosen ? token.colorText : token.colorTextSecondary,
              background: chosen ? token.colorBgContainer : 'transparent',
              boxShadow: chosen ? token.boxShadowTertiary : 'none',
            }}
          >
            {localeNames[value]}
          </button>
        );
      })}
    </div>
  );
}
