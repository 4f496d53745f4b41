import { Empty, theme } from 'antd';
import { useT } from '../../../app/i18n/useT.js';

/** Stands in for a menu entry whose feature module has not been delivered yet. */
export default function FeaturePendingPage() {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <section style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 48 }}>
      <Empty description={t('exception.pending')} />
    </section>
  );
}
