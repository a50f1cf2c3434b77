import { useMutation, useQuery } from '@apollo/client/react';
import { checkPassword } from '@yingcai/domain/access';
import { AdminChangePasswordDocument, AdminEndSessionDocument, AdminMySessionsDocument, type AdminMySessionsQuery } from '@yingcai/schema';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Popconfirm, Tag, theme } from 'antd';
import { useState } from 'react';
import { useAdminTranslation, useCommonTranslation } from '../../../i18n/use-admin-translation';
import type { SessionAccount } from '../../../shell/access';
import { useDescribeFailure } from '../../../shell/api-failure';
import { formatDateTime } from '../../../shell/date-time';
import { LoadError } from '../../../shell/load-error';
import { RoleTags } from '../../../shell/role-tags';
import { useSession } from '../../../shell/session';

type Session = AdminMySessionsQuery['mySessions'][number];

/** 我的账号: who I am, my password, and the browsers signed in as me. */
export function MyAccountPage() {
  const account = useSession();
  return (
    <Flex vertical gap={16}>
      <Profile account={account} />
      <ChangePassword account={account} />
      <Sessions />
    </Flex>
  );
}

function Profile({ account }: { account: SessionAccount }) {
  const { t } = useAdminTranslation();
  return (
    <Card title={t('me.profile')}>
      <Descriptions
        column={1}
        items={[
          { key: 'name', label: t('me.displayName'), children: account.displayName },
          { key: 'email', label: t('me.email'), children: account.email ?? t('me.none') },
          { key: 'phone', label: t('me.phone'), children: account.phone ?? t('me.none') },
          { key: 'roles', label: t('me.roles'), children: <RoleTags grants={account.roles} /> },
        ]}
      />
    </Card>
  );
}

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

function ChangePassword({ account }: { account: SessionAccount }) {
  const { t } = useAdminTranslation();
  const common = useCommonTranslation();
  const describe = useDescribeFailure();
  const [form] = Form.useForm<PasswordValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  // Every other session ends: the list of sessions is read again.
  const [change, { loading }] = useMutation(AdminChangePasswordDocument, { refetchQueries: [AdminMySessionsDocument] });

  const submit = async ({ currentPassword, newPassword }: PasswordValues) => {
    setFailure(null);
    setChanged(false);
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      form.resetFields();
      setChanged(true);
    } catch (error) {
      setFailure(describe(error));
    }
  };

  // The same rule as the server (domain), for a message before the request.
  const passwordRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value) return;
      const problems = checkPassword(value, account);
      if (problems.length > 0) throw new Error(problems.map((p) => common.t(`passwordProblems.${p.code}`)).join(' '));
    },
  };

  return (
    <Card title={t('me.changePassword')}>
      <Form<PasswordValues> form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} style={{ maxWidth: 420 }} disabled={loading}>
        <input type="text" name="username" autoComplete="username" value={account.email ?? account.phone ?? ''} readOnly hidden />
        <Form.Item name="currentPassword" label={t('me.currentPassword')} rules={[{ required: true, message: t('me.currentPasswordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('me.newPassword')}
          extra={t('me.passwordHint')}
          rules={[{ required: true, message: t('me.newPasswordRequired') }, passwordRule]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('me.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('me.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('me.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
        {changed && <Alert type="success" showIcon role="status" title={t('me.passwordChanged')} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('me.submitPassword')}
        </Button>
      </Form>
    </Card>
  );
}

function Sessions() {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const { data, loading, error, refetch } = useQuery(AdminMySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [endSession] = useMutation(AdminEndSessionDocument);
  const [failure, setFailure] = useState<string | null>(null);

  const end = async (handle: string) => {
    setFailure(null);
    try {
      await endSession({ variables: { handle } });
      await refetch();
    } catch (error) {
      setFailure(describe(error));
    }
  };

  // A plain list rather than antd Table: a few rows, and the page stays light.
  return (
    <Card title={t('me.sessions')} loading={loading && !data}>
      {error && !data ? (
        <LoadError title={t('me.sessionsFailed')} error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 8 }} />}
          <ul aria-label={t('me.sessions')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {(data?.mySessions ?? []).map((session) => (
              <SessionItem key={session.handle} session={session} onEnd={() => end(session.handle)} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function SessionItem({ session, onEnd }: { session: Session; onEnd: () => Promise<void> }) {
  const { t } = useAdminTranslation();
  const { token } = theme.useToken();
  return (
    <li style={{ padding: `${token.paddingSM}px 0`, borderBottom: `1px solid ${token.colorSplit}` }}>
      <Flex wrap align="center" justify="space-between" gap={token.marginXS}>
        <div style={{ minWidth: 0 }}>
          <div style={{ wordBreak: 'break-word' }}>
            {session.userAgent ?? t('me.unknownDevice')} {session.current && <Tag color="blue">{t('me.current')}</Tag>}
          </div>
          <div style={{ color: token.colorTextSecondary, fontSize: token.fontSizeSM }}>
            {t('me.createdAt')} {formatDateTime(session.createdAt)} · {t('me.lastSeenAt')} {formatDateTime(session.lastSeenAt)} ·{' '}
            {t('me.expiresAt')} {formatDateTime(session.expiresAt)}
          </div>
        </div>
        {!session.current && (
          <Popconfirm title={t('me.endSessionConfirm')} okText={t('me.confirmOk')} cancelText={t('me.confirmCancel')} onConfirm={onEnd}>
            <Button type="link" size="small" danger>
              {t('me.endSession')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
    </li>
  );
}
