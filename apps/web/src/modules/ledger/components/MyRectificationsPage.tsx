import { Alert, Flex, Typography } from 'antd';
import { useSession } from '../../../app/auth/useSession.js';
import { useT } from '../../../app/i18n/useT.js';
import RectificationLedger from './RectificationLedger.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import ledgerTexts from '../../../locales/namespaces/ledger.js';
import findingsTexts from '../../../locales/namespaces/findings.js';
import workspaceTexts from '../../../locales/namespaces/workspace.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(ledgerTexts, findingsTexts, workspaceTexts);

/** 整改 for a unit officer: the findings against their own unit. */
export default function MyRectificationsPage() {
  useNamespaces(namespacesReady);
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
