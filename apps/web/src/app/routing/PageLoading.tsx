import { Spin } from 'antd';
import { useT } from '../i18n/useT.js';

export default function PageLoading() {
  const t = useT();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }}>
      <Spin description={t('common.loading')} />
    </div>
  );
}
