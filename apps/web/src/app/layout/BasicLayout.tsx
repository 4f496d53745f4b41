import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Menu, Space, theme } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/useSession.js';
import { useT } from '../i18n/useT.js';
import { menuFor } from '../menu-for.js';
import { appRoutes } from '../routes.js';
import PageLoading from '../routing/PageLoading.js';
import LanguageSwitch from './LanguageSwitch.js';
import UserMenu from './UserMenu.js';
import { useIsPhone } from './useIsPhone.js';

export default function BasicLayout() {
  const t = useT();
  const { session } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const phone = useIsPhone();
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
  const title = (
    <div
      title={t('common.appFullName')}
      style={{ color: '#fff', fontSize: 20, fontWeight: 600, padding: '16px 0', textAlign: 'center' }}
    >
      {t('common.appName')}
    </div>
  );
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected.route.path] : []}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
    />
  );
  // A styled span in the look of antd's blue Tag, which is not worth its code in the layout.
  const roleTag = (
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
        whiteSpace: 'nowrap',
      }}
    >
      {t(`roles.${user.role}`)}
    </span>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        // Below the md breakpoint the menu is a drawer, so the page keeps the whole width of the phone.
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
          data-testid="menu-drawer"
        >
          {title}
          {user.unitName ? (
            <div style={{ color: 'rgba(255,255,255,0.65)', textAlign: 'center', paddingBottom: 12 }}>
              {user.unitName}
            </div>
          ) : null}
          {menu}
        </Drawer>
      ) : (
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} theme="dark" width={208}>
          {title}
          {menu}
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: phone ? '0 8px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: phone ? 'space-between' : 'flex-end',
            gap: 8,
            position: phone ? 'sticky' : undefined,
            top: 0,
            zIndex: 10,
          }}
        >
          {phone ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('layout.openMenu')}
              data-testid="menu-toggle"
              onClick={() => setDrawerOpen(true)}
            />
          ) : null}
          <Space size={phone ? 'small' : 'middle'}>
            {user.unitName && !phone ? (
              <span style={{ color: token.colorTextSecondary }} data-testid="header-unit">
                {user.unitName}
              </span>
            ) : null}
            {roleTag}
            <LanguageSwitch />
            <UserMenu user={user} compact={phone} />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: phone ? 8 : 24, minWidth: 0 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
