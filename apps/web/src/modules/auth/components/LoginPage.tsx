import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, theme } from 'antd';
import { useEffect, useState } from 'react';
import { useSession } from '../../../app/auth/useSession.js';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useLocale } from '../../../app/i18n/useLocale.js';
import LanguageSwitch from '../../../app/layout/LanguageSwitch.js';
import type { LoginInput } from '../../../generated/graphql.js';
import { useLogin } from '../hooks/useLogin.js';

export default function LoginPage() {
  const { t, locale } = useLocale();
  const describeError = useErrorMessage();
  const { endReason } = useSession();
  const { login, loading } = useLogin();
  const [form] = Form.useForm<LoginInput>();
  // The error itself is kept, not its text, so switching language re-translates it.
  const [failure, setFailure] = useState<unknown>(null);
  const { token } = theme.useToken();

  useEffect(() => {
    // Messages already on screen were produced in the previous language; validate again to redo them.
    const shown = form.getFieldsError().filter((field) => field.errors.length > 0);
    if (shown.length > 0) void form.validateFields(shown.map((field) => field.name)).catch(() => undefined);
  }, [form, locale]);

  const submit = async (values: LoginInput) => {
    setFailure(null);
    try {
      await login({ username: values.username.trim(), password: values.password });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        background: token.colorBgLayout,
        display: 'flex',
        flexDirection: 'column',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: 16 }}>
        <LanguageSwitch />
      </div>
      <div
        style={{
          flex: 1,
          display: 'flex',
          alignItems: 'flex-start',
          justifyContent: 'center',
          paddingTop: '8vh',
        }}
      >
        {/* Plain elements instead of Card and Typography keep the first page's JavaScript small. */}
        <main
          style={{
            width: 380,
            padding: 32,
            background: token.colorBgContainer,
            borderRadius: token.borderRadiusLG,
            boxShadow: token.boxShadowTertiary,
          }}
        >
          <h1
            style={{
              margin: 0,
              fontSize: token.fontSizeHeading3,
              fontWeight: 600,
              color: token.colorTextHeading,
            }}
          >
            {t('common.appName')} · {t('auth.title')}
          </h1>
          <p style={{ margin: '4px 0 24px', color: token.colorTextSecondary }}>{t('auth.subtitle')}</p>
          {endReason === 'expired' && !failure ? (
            <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
          ) : null}
          {endReason === 'logout' && !failure ? (
            <Alert type="success" showIcon title={t('auth.loggedOut')} style={{ marginBottom: 16 }} />
          ) : null}
          {failure ? (
            <Alert
              type="error"
              showIcon
              title={describeError(failure)}
              role="alert"
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <Form<LoginInput> form={form} name="login" layout="vertical" requiredMark={false} onFinish={submit}>
            <Form.Item
              label={t('auth.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
            >
              <Input
                autoFocus
                autoComplete="username"
                prefix={<UserOutlined />}
                placeholder={t('auth.usernamePlaceholder')}
              />
            </Form.Item>
            <Form.Item
              label={t('auth.password')}
              name="password"
              rules={[{ required: true, message: t('auth.passwordRequired') }]}
            >
              <Input.Password
                autoComplete="current-password"
                prefix={<LockOutlined />}
                placeholder={t('auth.passwordPlaceholder')}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading}>
              {t('auth.submit')}
            </Button>
          </Form>
        </main>
      </div>
    </div>
  );
}
