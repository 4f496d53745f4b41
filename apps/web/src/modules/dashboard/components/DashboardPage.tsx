import { Alert, Descriptions, Empty, Flex, theme } from 'antd';
import type { CSSProperties } from 'react';
import { useSession } from '../../../app/auth/useSession.js';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import { useMe } from '../../auth/hooks/useMe.js';

/** Placeholder workbench: proves the signed-in round trip (the `me` query) until the real dashboard lands. */
export default function DashboardPage() {
  const t = useT();
  const describeError = useErrorMessage();
  const { session } = useSession();
  const { data, error } = useMe();
  const { token } = theme.useToken();
  const user = data?.me ?? session?.user;
  const panel: CSSProperties = {
    background: token.colorBgContainer,
    borderRadius: token.borderRadiusLG,
    padding: 24,
  };

  return (
    <Flex vertical gap="large">
      <h2
        style={{
          margin: 0,
          fontSize: token.fontSizeHeading3,
          fontWeight: 600,
          color: token.colorTextHeading,
        }}
      >
        {t('dashboard.title')}
      </h2>
      {error ? <Alert type="error" showIcon title={describeError(error)} /> : null}
      {user ? (
        <section style={panel}>
          <Descriptions title={t('dashboard.welcome', { name: user.displayName })} column={1}>
            <Descriptions.Item label={t('dashboard.username')}>{user.username}</Descriptions.Item>
            <Descriptions.Item label={t('dashboard.role')}>{t(`roles.${user.role}`)}</Descriptions.Item>
            <Descriptions.Item label={t('dashboard.unit')}>
              {user.unitName ?? t('layout.noUnit')}
            </Descriptions.Item>
          </Descriptions>
        </section>
      ) : null}
      <section style={panel}>
        <Empty description={t('dashboard.empty')} />
      </section>
    </Flex>
  );
}
