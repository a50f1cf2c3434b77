import { useQuery } from '@apollo/client/react';
import { AdminAuditLogDocument, type AdminAuditLogQuery, type AdminAuditLogQueryVariables } from '@yingcai/schema';
import { DatePicker, Flex, Select, Table, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { adminZhCN, type AdminMessageKey } from '@yingcai/ui/i18n/admin.zh-CN';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { formatDateTime, programmeDayBoundary } from '../../../shell/date-time';
import { LoadError } from '../../../shell/load-error';

type Entry = AdminAuditLogQuery['auditLog']['rows'][number];
type AuditFilter = NonNullable<AdminAuditLogQueryVariables['filter']>;

const PAGE_SIZES = ['10', '20', '50', '100'];

/** The actions the API records, for the filter: every one the console has a name for. */
const KNOWN_ACTIONS = Object.entries(adminZhCN.auditAction).flatMap(([area, steps]) => Object.keys(steps).map((step) => `${area}.${step}`));

/** A day range chosen in the picker: whole days in Asia/Shanghai. */
export function auditFilter(action: string | undefined, days: readonly [string, string] | null): AuditFilter {
  const filter: AuditFilter = {};
  if (action) filter.action = action;
  if (days) {
    filter.from = programmeDayBoundary(days[0], 'start');
    filter.to = programmeDayBoundary(days[1], 'end');
  }
  return filter;
}

/** 审计日志: who read or changed whose data, when, from where and why; newest first, paged by the server. */
export function AuditPage() {
  const { t } = useAdminTranslation();
  const [action, setAction] = useState<string>();
  const [days, setDays] = useState<[string, string] | null>(null);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, previousData, loading, error, refetch } = useQuery(AdminAuditLogDocument, {
    variables: { page: paging, filter: auditFilter(action, days) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const log = (data ?? previousData)?.auditLog;
  // Actions, roles and subject types are open strings: a name when the console knows one, else as written.
  const label = (key: string, fallback: string): string => t(key as AdminMessageKey, { defaultValue: fallback });
  const actionLabel = (value: string) => label(`auditAction.${value}`, value);
  const roleLabel = (role: string) => (role === 'self' ? t('auditRole.self') : label(`roles.${role.toUpperCase()}`, role));
  const firstPage = () => setPaging((current) => ({ ...current, page: 1 }));

  const columns: TableColumnsType<Entry> = [
    { key: 'at', title: t('audit.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at, { seconds: true }) },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, entry) => (
        <>
          {entry.actorName ?? t('audit.system')}
          {entry.actorRole && <div style={{ opacity: 0.65 }}>{roleLabel(entry.actorRole)}</div>}
        </>
      ),
    },
    {
      key: 'action',
      title: t('audit.action'),
      dataIndex: 'action',
      render: (value: string) => actionLabel(value),
    },
    {
      key: 'subject',
      title: t('audit.subject'),
      render: (_, entry) => (
        <>
          {entry.subjectName ?? '—'}
          <div style={{ opacity: 0.65 }}>
            {label(`subjectType.${entry.subjectType}`, entry.subjectType)}
            {entry.subjectId && <code style={{ marginInlineStart: 4 }}>{entry.subjectId}</code>}
          </div>
        </>
      ),
    },
    { key: 'ip', title: t('audit.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
    { key: 'requestId', title: t('audit.requestId'), dataIndex: 'requestId', render: (id: string | null) => (id ? <code>{id}</code> : '—') },
    { key: 'reason', title: t('audit.reason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? '—' },
  ];

  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Select<string>
          aria-label={t('audit.action')}
          placeholder={t('audit.allActions')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={action}
          onChange={(value) => {
            setAction(value);
            firstPage();
          }}
          options={KNOWN_ACTIONS.map((value) => ({ value, label: actionLabel(value) }))}
          style={{ width: 200 }}
        />
        <DatePicker.RangePicker
          aria-label={t('audit.range')}
          placeholder={[t('audit.rangeStart'), t('audit.rangeEnd')]}
          onChange={(range: [Dayjs | null, Dayjs | null] | null) => {
            const [from, to] = range ?? [];
            setDays(from && to ? [from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')] : null);
            firstPage();
          }}
        />
      </Flex>
      {error && !log ? (
        <LoadError title={t('audit.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<Entry>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={log?.rows ?? []}
          loading={loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('audit.empty') }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: log?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) => t('audit.total', { total }),
          }}
          onChange={(pagination) => {
            const pageSize = pagination.pageSize ?? paging.pageSize;
            setPaging((current) => ({ pageSize, page: pageSize === current.pageSize ? (pagination.current ?? 1) : 1 }));
          }}
        />
      )}
    </>
  );
}
