import { Card, Flex, Tabs, Typography } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import { useAccess } from '../../../app/useAccess.js';
import withAppContext from '../../findings/components/withAppContext.js';
import UnitsPanel from './UnitsPanel.js';
import UsersPanel from './UsersPanel.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import adminTexts from '../../../locales/namespaces/admin.js';
import findingsTexts from '../../../locales/namespaces/findings.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(adminTexts, findingsTexts);

/** 单位与用户: the administrator maintains both; the office reads the unit registry. */
function UnitsAndUsersPage() {
  useNamespaces(namespacesReady);
  const t = useT();
  const access = useAccess();
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('admin.title')}
      </Typography.Title>
      <Card>
        <Tabs
          items={[
            {
              key: 'units',
              label: t('admin.tabs.units'),
              children: <UnitsPanel canEdit={access.canAdministerUnits} />,
            },
            ...(access.canAdministerUsers
              ? [{ key: 'users', label: t('admin.tabs.users'), children: <UsersPanel /> }]
              : []),
          ]}
        />
      </Card>
    </Flex>
  );
}

export default withAppContext(UnitsAndUsersPage);
