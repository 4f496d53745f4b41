import { Alert, Flex, Typography } from 'antd';
import { useSession } from '../../../app/auth/useSession.js';
import { useT } from '../../../app/i18n/useT.js';
import RectificationLedger from './RectificationLedger.js';

/** 整改 for a unit officer: the findings against their own unit. */
export default function MyRectificationsPage() {
  const t = useT();
  const unitId = useSession().session?.user.unitId ?? null;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('ledger.myTitle')}
      </Typography.Title>
      {unitId ? (
        <RectificationLedger fixedUnitId={unitId} />
      ) : (
        <Alert type="warning" showIcon title={t('workspace.noUnit')} />
      )}
    </Flex>
  );
}
