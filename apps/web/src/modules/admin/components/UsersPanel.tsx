import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '../../../app/auth/useSession.js';
import { useT } from '../../../app/i18n/useT.js';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import FormModal from '../../findings/components/FormModal.js';
import LoadFailedAlert from '../../findings/components/LoadFailedAlert.js';
import {
  ChangeUserRoleDocument,
  DisableUserDocument,
  EnableUserDocument,
  RegisterUserDocument,
  ResetPasswordDocument,
} from '../../../generated/graphql.js';
import type { Role, UsersQuery } from '../../../generated/graphql.js';
import { useUnits } from '../hooks/useUnits.js';
import { useUsers } from '../hooks/useUsers.js';

type UserRow = UsersQuery['users'][number];
const ROLES: Role[] = ['DISTRICT_OFFICE', 'UNIT_OFFICER', 'INSPECTOR', 'LEADER', 'SYSTEM_ADMIN'];
// The API's password policy; the form checks the length early, the server checks everything.
const PASSWORD_MIN_LENGTH = 10;

interface RoleValues {
  role: Role;
  unitId?: string;
}

/** Accounts: register, change role, disable or enable, reset a password. */
export default function UsersPanel() {
  const t = useT();
  const describeError = useErrorMessage();
  const { message } = App.useApp();
  const { users, loading, error, refetch } = useUsers();
  const { active: units } = useUnits();
  const [registering, setRegistering] = useState(false);
  const [changingRole, setChangingRole] = useState<UserRow | null>(null);
  const [disabling, setDisabling] = useState<UserRow | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [search, setSearch] = useState('');
  const ownUserId = useSession().session?.user.id;
  const needle = search.trim().toLowerCase();
  // Search by any of the words a person knows someone by: username, name, unit or role.
  const shownUsers = needle
    ? users.filter((user) =>
        [user.username, user.displayName, user.unitName ?? '', t(`roles.${user.role}`)].some((text) =>
          text.toLowerCase().includes(needle),
        ),
      )
    : users;
  const options = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
  const [registerUser] = useMutation(RegisterUserDocument, options);
  const [changeUserRole] = useMutation(ChangeUserRoleDocument, options);
  const [disableUser] = useMutation(DisableUserDocument, options);
  const [enableUser] = useMutation(EnableUserDocument, options);
  const [resetPassword] = useMutation(ResetPasswordDocument);

  const unitOptions = units.map((unit) => ({ value: unit.id, label: unit.name }));
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const passwordRules = [
    { required: true, message: t('admin.users.passwordRequired') },
    { min: PASSWORD_MIN_LENGTH, message: t('admin.users.passwordMin', { min: PASSWORD_MIN_LENGTH }) },
  ];

  // The unit field appears only for unit officers, whom the API requires to belong to a unit.
  const roleFields = (
    <>
      <Form.Item
        name="role"
        label={t('admin.users.role')}
        rules={[{ required: true, message: t('admin.users.roleRequired') }]}
      >
        <Select options={roleOptions} />
      </Form.Item>
      <Form.Item noStyle dependencies={['role']}>
        {({ getFieldValue }) =>
          getFieldValue('role') === 'UNIT_OFFICER' ? (
            <Form.Item
              name="unitId"
              label={t('admin.users.unit')}
              rules={[{ required: true, message: t('admin.users.unitRequired') }]}
            >
              <Select showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
            </Form.Item>
          ) : null
        }
      </Form.Item>
    </>
  );

  const enable = async (user: UserRow) => {
    try {
      await enableUser({ variables: { id: user.id } });
      void message.success(t('admin.users.enabledDone'));
    } catch (failure) {
      void message.error(describeError(failure));
    }
  };

  return (
    <Flex vertical gap="middle">
      {error ? <LoadFailedAlert error={error} onRetry={() => void refetch()} /> : null}
      <Flex justify="space-between" gap="middle" wrap>
        <Input.Search
          allowClear
          aria-label={t('admin.users.search')}
          placeholder={t('admin.users.searchPlaceholder')}
          style={{ maxWidth: 320 }}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
          {t('admin.users.register')}
        </Button>
      </Flex>
      <Table<UserRow>
        rowKey="id"
        size="middle"
        loading={loading && users.length === 0}
        dataSource={shownUsers}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('admin.users.empty') }}
        columns={[
          { title: t('admin.users.username'), dataIndex: 'username' },
          { title: t('admin.users.displayName'), dataIndex: 'displayName' },
          { title: t('admin.users.role'), dataIndex: 'role', render: (role: Role) => t(`roles.${role}`) },
          {
            title: t('admin.users.unit'),
            dataIndex: 'unitName',
            render: (name: string | null) => name ?? '—',
          },
          {
            title: t('admin.users.status'),
            dataIndex: 'disabled',
            render: (disabled: boolean) =>
              disabled ? (
                <Tag color="red">{t('admin.users.disabled')}</Tag>
              ) : (
                <Tag color="green">{t('admin.users.enabled')}</Tag>
              ),
          },
          {
            title: t('admin.users.actions'),
            key: 'actions',
            render: (_: unknown, user: UserRow) => (
              <Space size={0} wrap>
                <Button type="link" onClick={() => setChangingRole(user)}>
                  {t('admin.users.changeRole')}
                </Button>
                <Button type="link" onClick={() => setResetting(user)}>
                  {t('admin.users.resetPassword')}
                </Button>
                {user.disabled ? (
                  <Popconfirm
                    title={t('admin.users.enableConfirm', { name: user.displayName })}
                    okText={t('admin.ok')}
                    cancelText={t('admin.cancel')}
                    onConfirm={() => enable(user)}
                  >
                    <Button type="link">{t('admin.users.enable')}</Button>
                  </Popconfirm>
                ) : user.id === ownUserId ? null : (
                  // One's own account is never offered for disabling (the API refuses it as well).
                  <Button type="link" danger onClick={() => setDisabling(user)}>
                    {t('admin.users.disable')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{ username: string; displayName: string; password: string } & RoleValues>
        title={t('admin.users.register')}
        open={registering}
        onClose={() => setRegistering(false)}
        initialValues={{ role: 'UNIT_OFFICER' }}
        onSubmit={async ({ username, displayName, password, role, unitId }) => {
          await registerUser({
            variables: {
              input: {
                username: username.trim(),
                displayName: displayName.trim(),
                password,
                role,
                ...(role === 'UNIT_OFFICER' ? { unitId } : {}),
              },
            },
          });
          void message.success(t('admin.users.registered'));
        }}
      >
        <Form.Item
          name="username"
          label={t('admin.users.username')}
          rules={[
            { required: true, message: t('admin.users.usernameRequired') },
            { pattern: /^[A-Za-z0-9_.-]{3,64}$/, message: t('admin.users.usernamePattern') },
          ]}
        >
          <Input autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('admin.users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('admin.users.displayNameRequired') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        {roleFields}
        <Form.Item name="password" label={t('admin.users.password')} rules={passwordRules}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </FormModal>
      <FormModal<RoleValues>
        title={t('admin.users.changeRoleTitle', { name: changingRole?.displayName ?? '' })}
        open={changingRole !== null}
        onClose={() => setChangingRole(null)}
        initialValues={{ role: changingRole?.role, unitId: changingRole?.unitId ?? undefined }}
        onSubmit={async ({ role, unitId }) => {
          if (!changingRole) return;
          await changeUserRole({
            variables: {
              input: { userId: changingRole.id, role, ...(role === 'UNIT_OFFICER' ? { unitId } : {}) },
            },
          });
          void message.success(t('admin.users.roleChanged'));
        }}
      >
        {roleFields}
      </FormModal>
      <FormModal<{ reason: string }>
        title={t('admin.users.disableTitle', { name: disabling?.displayName ?? '' })}
        open={disabling !== null}
        onClose={() => setDisabling(null)}
        danger
        okText={t('admin.users.disable')}
        warning={t('admin.users.disableWarning')}
        onSubmit={async ({ reason }) => {
          if (!disabling) return;
          await disableUser({ variables: { id: disabling.id, reason: reason.trim() } });
          void message.success(t('admin.users.disabledDone'));
        }}
      >
        <Form.Item
          name="reason"
          label={t('admin.users.disableReason')}
          rules={[{ required: true, whitespace: true, message: t('admin.users.disableReasonRequired') }]}
        >
          <Input.TextArea autoFocus rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
      <FormModal<{ newPassword: string }>
        title={t('admin.users.resetPasswordTitle', { name: resetting?.displayName ?? '' })}
        open={resetting !== null}
        onClose={() => setResetting(null)}
        onSubmit={async ({ newPassword }) => {
          if (!resetting) return;
          await resetPassword({ variables: { input: { userId: resetting.id, newPassword } } });
          void message.success(t('admin.users.passwordReset'));
        }}
      >
        <Form.Item name="newPassword" label={t('admin.users.newPassword')} rules={passwordRules}>
          <Input.Password autoFocus autoComplete="new-password" />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
