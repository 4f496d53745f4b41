import { Layout, Menu, Space, theme } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/useSession.js';
import { useT } from '../i18n/useT.js';
import { menuFor } from '../menu-for.js';
import { appRoutes } from '../routes.js';
import PageLoading from '../routing/PageLoading.js';
import LanguageSwitch from './LanguageSwitch.js';
import UserMenu from './UserMenu.js';

export default function BasicLayout() {
  const t = useT();
  const { session } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();
  const user = session?.user;

  const entries = useMemo(() => menuFor(user, appRoutes), [user]);
  const items = entries.map(({ route, label }) => ({
    key: route.path,
    icon: <route.icon />,
    label: route.badge ? (
      <span>
        {t(label)}
        <Suspense fallback={null}>
          <route.badge />
        </Suspense>
      </span>
    ) : (
      t(label)
    ),
  }));
  const selected = entries.find(
    ({ route }) => pathname === route.path || pathname.startsWith(`${route.path}/`),
  );

  if (!user) return null;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} theme="dark" width={208}>
        <div
          title={t('common.appFullName')}
          style={{ color: '#fff', fontSize: 20, fontWeight: 600, padding: '16px 0', textAlign: 'center' }}
        >
          {t('common.appName')}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          items={items}
          selectedKeys={selected ? [selected.route.path] : []}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
          }}
        >
          <Space size="middle">
            {user.unitName ? (
              <span style={{ color: token.colorTextSecondary }} data-testid="header-unit">
                {user.unitName}
              </span>
            ) : null}
            {/* A styled span in the look of antd's blue Tag, which is not worth its code in the layout. */}
            <span
              data-testid="header-role"
              style={{
                padding: '0 7px',
                fontSize: token.fontSizeSM,
                lineHeight: '20px',
                borderRadius: token.borderRadiusSM,
                border: `1px solid ${token.colorPrimaryBorder}`,
                background: token.colorPrimaryBg,
                color: token.colorPrimaryText,
              }}
            >
              {t(`roles.${user.role}`)}
            </span>
            <LanguageSwitch />
            <UserMenu user={user} />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
