import { Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import RectificationLedger from './RectificationLedger.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import ledgerTexts from '../../../locales/namespaces/ledger.js';
import findingsTexts from '../../../locales/namespaces/findings.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(ledgerTexts, findingsTexts);

/** 整改台账 for the office, inspectors and leaders: all units. */
export default function RectificationLedgerPage() {
  useNamespaces(namespacesReady);
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
