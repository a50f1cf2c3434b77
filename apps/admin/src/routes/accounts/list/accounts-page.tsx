import { UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { AdminAccountsDocument, type AccountStatus, type Role } from '@yingcai/schema';
import { Alert, Button, Flex, Input, Select, Space, Tag, type TableColumnsType } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { ALL_ROLES } from '../../../shell/access';
import { formatDateTime } from '../../../shell/date-time';
import { LoadError } from '../../../shell/load-error';
import { RoleTags } from '../../../shell/role-tags';
import { ServerTable } from '../../../shell/server-table';
import { useSession } from '../../../shell/session';
import { accountsVariables, FIRST_PAGE, type AccountRow, type AccountsView } from './accounts-query';

// The dialogs (antd Modal and Form) load when an admin first opens one, not with the list.
const dialogs = () => import('./account-dialogs');
const InviteDialog = lazy(() => dialogs().then((m) => ({ default: m.InviteDialog })));
const RolesDialog = lazy(() => dialogs().then((m) => ({ default: m.RolesDialog })));
const DisableDialog = lazy(() => dialogs().then((m) => ({ default: m.DisableDialog })));
const RevealDialog = lazy(() => dialogs().then((m) => ({ default: m.RevealDialog })));

const STATUSES: readonly AccountStatus[] = ['ACTIVE', 'UNVERIFIED', 'DISABLED'];
const STATUS_COLOURS: Record<AccountStatus, string> = { ACTIVE: 'success', UNVERIFIED: 'warning', DISABLED: 'error' };

type Dialog =
  | { kind: 'invite' }
  | { kind: 'roles' | 'disable' | 'reveal'; account: AccountRow };

/** 账号管理: every account, paged and filtered by the server, with contacts masked; invite, roles, disable, reveal. */
export function AccountsPage() {
  const { t } = useAdminTranslation();
  const me = useSession();
  const [view, setView] = useState<AccountsView>(FIRST_PAGE);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // What the last change did, in words (an invitation's address and expiry are worth reading, not a toast).
  const [notice, setNotice] = useState<string | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(AdminAccountsDocument, {
    variables: accountsVariables(view),
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.accounts;
  const filter = (change: Partial<AccountsView>) => setView((current) => ({ ...current, ...change, page: 1 }));
  const close = () => setDialog(null);
  const done = (notice: string) => {
    setDialog(null);
    setNotice(notice);
    void refetch();
  };

  const columns: TableColumnsType<AccountRow> = [
    {
      key: 'name',
      title: t('accounts.name'),
      dataIndex: 'displayName',
      render: (name: string, row) => (row.id === me.id ? `${name}${t('accounts.self')}` : name),
    },
    { key: 'email', title: t('accounts.email'), dataIndex: 'email', render: (email: string | null) => email ?? '—' },
    { key: 'phone', title: t('accounts.phone'), dataIndex: 'phone', render: (phone: string | null) => phone ?? '—' },
    {
      key: 'status',
      title: t('accounts.status'),
      dataIndex: 'status',
      render: (status: AccountStatus) => <Tag color={STATUS_COLOURS[status]}>{t(`accountStatus.${status}`)}</Tag>,
    },
    { key: 'roles', title: t('accounts.roles'), dataIndex: 'roles', render: (roles: AccountRow['roles']) => <RoleTags grants={roles} /> },
    { key: 'createdAt', title: t('accounts.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
    {
      key: 'lastLoginAt',
      title: t('accounts.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      render: (at: string | null) => (at ? formatDateTime(at) : t('accounts.never')),
    },
    {
      key: 'actions',
      title: t('accounts.actions'),
      fixed: 'right',
      render: (_, account) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'roles', account })}>
            {t('accounts.changeRoles')}
          </Button>
          {account.id !== me.id && (
            <Button type="link" size="small" danger={account.status !== 'DISABLED'} onClick={() => setDialog({ kind: 'disable', account })}>
              {account.status === 'DISABLED' ? t('accounts.enable') : t('accounts.disable')}
            </Button>
          )}
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'reveal', account })}>
            {t('accounts.reveal')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      {notice && (
        <Alert type="success" showIcon role="status" title={notice} closable={{ onClose: () => setNotice(null) }} style={{ marginBottom: 16 }} />
      )}
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8}>
          <Input.Search
            aria-label={t('accounts.search')}
            placeholder={t('accounts.search')}
            title={t('accounts.searchHint')}
            allowClear
            onSearch={(search) => filter({ search })}
            style={{ width: 280 }}
          />
          <Select<Role>
            aria-label={t('accounts.role')}
            placeholder={t('accounts.allRoles')}
            allowClear
            value={view.role}
            onChange={(role) => filter({ role })}
            options={ALL_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            style={{ width: 180 }}
          />
          <Select<AccountStatus>
            aria-label={t('accounts.status')}
            placeholder={t('accounts.allStatuses')}
            allowClear
            value={view.status}
            onChange={(status) => filter({ status })}
            options={STATUSES.map((value) => ({ value, label: t(`accountStatus.${value}`) }))}
            style={{ width: 140 }}
          />
        </Flex>
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDialog({ kind: 'invite' })}>
          {t('accounts.invite')}
        </Button>
      </Flex>
      {error && !page ? (
        <LoadError title={t('accounts.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : (
        <ServerTable<AccountRow>
          rowKey="id"
          columns={columns}
          rows={page?.rows}
          total={page?.total}
          loading={loading}
          view={view}
          onViewChange={(next) => setView((current) => ({ ...current, ...next }))}
          totalText={(total) => t('accounts.total', { total })}
          emptyText={t('accounts.empty')}
        />
      )}
      <Suspense fallback={null}>
        {dialog?.kind === 'invite' && <InviteDialog onClose={close} onDone={done} />}
        {dialog?.kind === 'roles' && <RolesDialog account={dialog.account} onClose={close} onDone={done} />}
        {dialog?.kind === 'disable' && <DisableDialog account={dialog.account} onClose={close} onDone={done} />}
        {dialog?.kind === 'reveal' && <RevealDialog account={dialog.account} onClose={close} />}
      </Suspense>
    </>
  );
}
