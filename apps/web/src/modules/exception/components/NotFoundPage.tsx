import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/useT.js';

export default function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('exception.notFoundTitle')}
      subTitle={t('exception.notFound')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}
