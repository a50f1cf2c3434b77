import { useQuery } from '@apollo/client/react';
import { AdminWindowExtensionsDocument, CycleSettingsDocument } from '@yingcai/schema';
import { Alert, Card, Empty, Skeleton, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useCycleSelection } from '../../../shell/cycle-selection';
import { formatDateTime } from '../../../shell/date-time';
import { LoadError } from '../../../shell/load-error';
import { ExtendForm, type Extension } from './extend-form';

/** 时间窗口: the office keeps a milestone's window open longer, for everyone or one school, and sees what it granted. */
export function WindowsPage() {
  const { t } = useAdminTranslation();
  const { year, loading: cyclesLoading, failed } = useCycleSelection();
  const [notice, setNotice] = useState<string | null>(null);
  const { data: cycleData } = useQuery(CycleSettingsDocument, { variables: { year: year ?? 0 }, skip: year === undefined });
  const { data, error, loading, refetch } = useQuery(AdminWindowExtensionsDocument, { variables: { year: year ?? 0 }, skip: year === undefined });
  if (failed) return <Alert type="error" showIcon title={t('cycle.loadFailed')} />;
  if (year === undefined) return cyclesLoading ? <Skeleton active /> : <Empty description={t('cycle.none')} />;

  const milestones = cycleData?.cycle?.milestones ?? [];
  const milestoneName = (key: string) => milestones.find((m) => m.key === key)?.name ?? key;
  const columns: TableColumnsType<Extension> = [
    { key: 'milestone', title: t('windows.milestone'), render: (_, e) => milestoneName(e.milestoneKey) },
    { key: 'school', title: t('windows.school'), render: (_, e) => e.schoolName ?? (e.applicantName ? t('windows.forApplicant', { name: e.applicantName }) : t('windows.allSchools')) },
    { key: 'until', title: t('windows.extendedUntil'), dataIndex: 'extendedUntil' },
    { key: 'reason', title: t('windows.reason'), dataIndex: 'reason' },
    { key: 'grantedAt', title: t('windows.grantedAt'), render: (_, e) => formatDateTime(e.grantedAt) },
  ];
  return (
    <>
      {notice && <Alert type="success" showIcon role="status" title={notice} closable={{ onClose: () => setNotice(null) }} style={{ marginBottom: 16 }} />}
      <Card title={t('windows.extendTitle')} style={{ marginBottom: 16 }}>
        <ExtendForm
          year={year}
          milestones={milestones}
          onDone={(extension) => {
            setNotice(t('windows.done', { milestone: milestoneName(extension.milestoneKey), date: extension.extendedUntil }));
            void refetch();
          }}
        />
      </Card>
      <Card title={t('windows.list')}>
        {error && !data ? (
          <LoadError title={t('windows.loadFailed')} error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<Extension>
            rowKey={(e) => `${e.milestoneKey}:${e.schoolId ?? '*'}:${e.grantedAt}`}
            size="middle"
            columns={columns}
            dataSource={data?.windowExtensions ?? []}
            loading={loading}
            locale={{ emptyText: t('windows.empty') }}
            pagination={false}
          />
        )}
      </Card>
    </>
  );
}
