import { useMutation, useQuery } from '@apollo/client/react';
import { checkPassword } from '@yingcai/domain/access';
import { AdminAcceptInvitationDocument, AdminInvitationDocument, type AdminInvitationQuery } from '@yingcai/schema';
import { Alert, Button, Descriptions, Form, Input, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useAdminTranslation, useCommonTranslation } from '../../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../../shell/api-failure';
import { formatDateTime } from '../../../shell/date-time';
import { PublicFrame } from '../../../shell/public-frame';
import { RoleTags } from '../../../shell/role-tags';
import { useEnterConsole } from '../../../shell/sign-in';

type Invitation = AdminInvitationQuery['invitation'];

/** 接受邀请: what the link offers, then a password twice; accepting signs the new staff member in. */
export function InvitationPage() {
  const { t } = useAdminTranslation();
  const [params] = useSearchParams();
  // The link carries the token in its fragment (never sent to a server); links sent before, in the query.
  const token = (new URLSearchParams(useLocation().hash.slice(1)).get('token') ?? params.get('token'))?.trim() ?? '';
  return (
    <PublicFrame title={t('invitation.title')}>
      {token ? <OpenInvitation token={token} /> : <Alert type="error" showIcon title={t('invitation.missingToken')} />}
    </PublicFrame>
  );
}

function OpenInvitation({ token }: { token: string }) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const { data, error } = useQuery(AdminInvitationDocument, { variables: { token }, fetchPolicy: 'network-only' });
  if (error) {
    const failure = failureOf(error);
    const title = failure.code === 'NOT_FOUND' ? t('invitation.invalid') : describe(error);
    return (
      <Alert
        type="error"
        showIcon
        title={title}
        action={failure.reason === 'INVITATION_USED' ? <Link to="/login">{t('invitation.toLogin')}</Link> : undefined}
      />
    );
  }
  if (!data) return <Skeleton active />;
  return <AcceptInvitation token={token} invitation={data.invitation} />;
}

interface PasswordValues {
  password: string;
  confirm: string;
}

function AcceptInvitation({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t } = useAdminTranslation();
  const common = useCommonTranslation();
  const describe = useDescribeFailure();
  const enterConsole = useEnterConsole();
  const [accept, { loading }] = useMutation(AdminAcceptInvitationDocument);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async ({ password }: PasswordValues) => {
    setFailure(null);
    try {
      const { data } = await accept({ variables: { input: { token, password } } });
      if (data) await enterConsole(data.acceptInvitation, '/');
    } catch (error) {
      setFailure(describe(error));
    }
  };

  // The same password rule as the server (domain), for a message before the request.
  const passwordRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value) return;
      const problems = checkPassword(value, { email: invitation.email, displayName: invitation.displayName });
      if (problems.length > 0) throw new Error(problems.map((p) => common.t(`passwordProblems.${p.code}`)).join(' '));
    },
  };

  return (
    <>
      <p style={{ marginTop: 0 }}>{t('invitation.intro')}</p>
      <Descriptions
        column={1}
        size="small"
        bordered
        style={{ marginBottom: 24 }}
        items={[
          { key: 'email', label: t('invitation.email'), children: invitation.email },
          { key: 'name', label: t('invitation.displayName'), children: invitation.displayName },
          { key: 'roles', label: t('invitation.roles'), children: <RoleTags grants={invitation.roles} /> },
          { key: 'expires', label: t('invitation.expiresAt'), children: formatDateTime(invitation.expiresAt) },
        ]}
      />
      <Form<PasswordValues> layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} disabled={loading}>
        {/* For password managers: the account the password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
        <Form.Item
          name="password"
          label={t('invitation.password')}
          extra={t('invitation.passwordHint')}
          rules={[{ required: true, message: t('invitation.passwordRequired') }, passwordRule]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('invitation.confirm')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('invitation.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('password')) throw new Error(t('invitation.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" block loading={loading}>
          {t('invitation.submit')}
        </Button>
      </Form>
    </>
  );
}
