import { ConfigProvider } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import type { Locale } from '../i18n/locales.js';
import { useLocale } from '../i18n/useLocale.js';

const ANTD_LOCALES: Record<Locale, AntdLocale> = { 'zh-CN': zhCN, 'en-US': enUS };

/** antd's own texts (pagination, date pickers, form validation defaults) follow the chosen language. */
export default function AntdProvider({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={{ token: { colorPrimary: '#1d4ed8' } }}>
      {children}
    </ConfigProvider>
  );
}
