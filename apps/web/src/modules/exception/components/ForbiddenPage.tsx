import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/useT.js';

export default function ForbiddenPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('exception.forbiddenTitle')}
      subTitle={t('exception.forbidden')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}
