import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Menu, Popover } from 'antd';
import { useState } from 'react';
import { useLogout } from '../../modules/auth/hooks/useLogout.js';
import type { SessionUser } from '../auth/session.js';
import { useT } from '../i18n/useT.js';

// A Popover around the Menu the side bar already loads, rather than antd's Dropdown, which would add its own code.
export default function UserMenu({ user, compact = false }: { user: SessionUser; compact?: boolean }) {
  const t = useT();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      arrow={false}
      open={open}
      onOpenChange={setOpen}
      styles={{ container: { padding: 4 } }}
      content={
        <Menu
          selectable={false}
          style={{ border: 0 }}
          items={[{ key: 'logout', icon: <LogoutOutlined />, label: t('layout.logout') }]}
          onClick={({ key }) => {
            setOpen(false);
            if (key === 'logout') void logout();
          }}
        />
      }
    >
      <Button
        type="text"
        aria-label={t('layout.userMenu')}
        icon={<Avatar size="small" icon={<UserOutlined />} />}
      >
        {compact ? null : user.displayName}
      </Button>
    </Popover>
  );
}
