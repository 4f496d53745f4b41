import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown } from 'antd';
import { useLogout } from '../../modules/auth/hooks/useLogout.js';
import type { SessionUser } from '../auth/session.js';
import { useT } from '../i18n/useT.js';

export default function UserMenu({ user }: { user: SessionUser }) {
  const t = useT();
  const logout = useLogout();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [{ key: 'logout', icon: <LogoutOutlined />, label: t('layout.logout') }],
        onClick: ({ key }) => {
          if (key === 'logout') void logout();
        },
      }}
    >
      <Button
        type="text"
        aria-label={t('layout.userMenu')}
        icon={<Avatar size="small" icon={<UserOutlined />} />}
      >
        {user.displayName}
      </Button>
    </Dropdown>
  );
}
