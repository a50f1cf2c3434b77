import { useMutation } from '@apollo/client/react';
import { AdminLoginDocument, AdminLogoutDocument } from '@yingcai/schema';
import { Alert, Button, Form, Input, theme } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { hasStaffRole } from '../../../shell/access';
import { useDescribeFailure } from '../../../shell/api-failure';
import { PublicFrame } from '../../../shell/public-frame';
import { useEnterConsole } from '../../../shell/sign-in';

interface LoginValues {
  email: string;
  password: string;
}

/** 登录: e-mail and password; back to where the visitor was going. */
export function LoginPage() {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [params] = useSearchParams();
  const enterConsole = useEnterConsole();
  const [login, { loading }] = useMutation(AdminLoginDocument);
  const [logout] = useMutation(AdminLogoutDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const { token } = theme.useToken();

  const submit = async ({ email, password }: LoginValues) => {
    setFailure(null);
    try {
      const { data } = await login({ variables: { input: { login: email.trim(), password } } });
      if (!data) return;
      if (!hasStaffRole(data.login.roles)) {
        // An applicant's session has no use here: end it rather than keep it half signed in.
        await logout().catch(() => undefined);
        setFailure(t('session.noAccess'));
        return;
      }
      await enterConsole(data.login, params.get('next') ?? '/');
    } catch (error) {
      setFailure(describe(error));
    }
  };

  return (
    <PublicFrame title={t('login.title')}>
      <Form<LoginValues> layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} disabled={loading}>
        <Form.Item name="email" label={t('login.email')} rules={[{ required: true, whitespace: true, message: t('login.emailRequired') }]}>
          <Input type="email" autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t('login.submit')}
        </Button>
      </Form>
      <p style={{ marginBottom: 0, marginTop: token.margin, color: token.colorTextSecondary }}>{t('login.invitedHint')}</p>
    </PublicFrame>
  );
}
