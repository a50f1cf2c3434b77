import { useQuery } from '@apollo/client/react';
import { AdminNoticeTemplatesDocument } from '@yingcai/schema';
import { Alert, Button, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { formatDateTime } from '../../shell/date-time';
import { LoadError } from '../../shell/load-error';
import { TemplateEditor, type NoticeTemplate } from './template-editor';

/** 通知模板: every notice applicants receive; the office edits the wording, the placeholders stay the system's. */
export function NoticeTemplatesPage() {
  const { t } = useAdminTranslation();
  const { data, error, loading, refetch } = useQuery(AdminNoticeTemplatesDocument);
  const [editing, setEditing] = useState<NoticeTemplate | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (error && !data) return <LoadError title={t('noticeTemplates.loadFailed')} error={error} onRetry={() => void refetch()} />;

  const name = (key: string) => t(`noticeTemplates.key.${key}` as 'noticeTemplates.key.draft_reminder');
  const columns: TableColumnsType<NoticeTemplate> = [
    { key: 'name', title: t('noticeTemplates.name'), render: (_, row) => name(row.key) },
    { key: 'subject', title: t('noticeTemplates.subject'), dataIndex: 'subject' },
    {
      key: 'edited',
      title: t('noticeTemplates.state'),
      render: (_, row) => (row.edited ? <Tag color="blue">{t('noticeTemplates.edited')}</Tag> : <Tag>{t('noticeTemplates.default')}</Tag>),
    },
    { key: 'updatedAt', title: t('noticeTemplates.updatedAt'), render: (_, row) => (row.updatedAt ? formatDateTime(row.updatedAt) : '—') },
    { key: 'edit', title: '', render: (_, row) => <Button onClick={() => setEditing(row)}>{t('noticeTemplates.edit')}</Button> },
  ];
  return (
    <>
      {saved && <Alert type="success" showIcon role="status" title={t('noticeTemplates.saved', { name: saved })} closable={{ onClose: () => setSaved(null) }} style={{ marginBottom: 16 }} />}
      <Table<NoticeTemplate> rowKey="key" size="middle" columns={columns} dataSource={data?.noticeTemplates ?? []} loading={loading} pagination={false} />
      {editing && (
        <TemplateEditor
          key={editing.key}
          template={editing}
          onClose={() => setEditing(null)}
          onSaved={(template) => {
            setEditing(null);
            setSaved(name(template.key));
            void refetch();
          }}
        />
      )}
    </>
  );
}
