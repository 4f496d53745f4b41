import { Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import RectificationLedger from './RectificationLedger.js';

/** 整改台账 for the office, inspectors and leaders: all units. */
export default function RectificationLedgerPage() {
  const t = useT();
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('ledger.title')}
      </Typography.Title>
      <RectificationLedger />
    </Flex>
  );
}
