import { useQuery } from '@apollo/client/react';
import { AdminOutboxDocument, type AdminOutboxQuery } from '@yingcai/schema';
import { Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { AdminMessageKey } from '@yingcai/ui/i18n/admin.zh-CN';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { formatDateTime } from '../../../shell/date-time';
import { LoadError } from '../../../shell/load-error';

type Message = AdminOutboxQuery['outbox']['rows'][number];

const PAGE_SIZES = ['10', '20', '50', '100'];
const STATUS_COLORS: Record<string, string | undefined> = { sent: 'cyan', received: 'green', pending: 'blue', failed: 'red' };

/** 发送记录: codes and notices as they were sent, newest first; the body opens under its row. */
export function OutboxPage() {
  const { t } = useAdminTranslation();
  const [recipient, setRecipient] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, previousData, loading, error, refetch } = useQuery(AdminOutboxDocument, {
    variables: { page: paging, recipient: recipient.trim() || null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const outbox = (data ?? previousData)?.outbox;

  const columns: TableColumnsType<Message> = [
    { key: 'createdAt', title: t('outbox.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at, { seconds: true }) },
    {
      key: 'channel',
      title: t('outbox.channel'),
      dataIndex: 'channel',
      render: (channel: string) => <Tag>{t(`channel.${channel}` as AdminMessageKey, { defaultValue: channel })}</Tag>,
    },
    { key: 'recipient', title: t('outbox.recipient'), dataIndex: 'recipient' },
    { key: 'subject', title: t('outbox.subject'), dataIndex: 'subject' },
    {
      key: 'status',
      title: t('outbox.status'),
      render: (_, message) => (
        <Tag color={STATUS_COLORS[message.status]} title={message.attempts > 0 ? t('outbox.attempts', { attempts: message.attempts }) : undefined}>
          {t(`delivery.${message.status}` as AdminMessageKey, { defaultValue: t('delivery.pending') })}
        </Tag>
      ),
    },
  ];

  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('outbox.search')}
          placeholder={t('outbox.search')}
          allowClear
          onSearch={(value) => {
            setRecipient(value);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
          style={{ width: 280 }}
        />
      </Flex>
      {error && !outbox ? (
        <LoadError title={t('outbox.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<Message>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={outbox?.rows ?? []}
          loading={loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('outbox.empty') }}
          expandable={{
            expandedRowRender: (message) => (
              <div>
                <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', margin: 0, fontFamily: 'inherit' }}>{message.body}</pre>
                <div style={{ marginTop: 8, opacity: 0.65 }}>
                  {t('outbox.driver')}: {t(`outbox.driverName.${message.driver}` as AdminMessageKey, { defaultValue: message.driver })}
                </div>
                {message.lastError && (message.status === 'pending' || message.status === 'failed') && (
                  <Typography.Text type={message.status === 'failed' ? 'danger' : 'warning'}>
                    {t(`outbox.failure.${message.lastError}` as AdminMessageKey, { defaultValue: t('outbox.failure.other', { code: message.lastError }) })}
                  </Typography.Text>
                )}
              </div>
            ),
          }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: outbox?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) => t('outbox.total', { total }),
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
